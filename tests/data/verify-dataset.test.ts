import { describe, expect, it } from 'vitest';
import { verifyDataset } from '../../lib/data/verify-dataset';

describe('dataset', () => {
  it('parses, cross-checks and finds every quote in seeds/', () => {
    expect(() => verifyDataset(process.cwd())).not.toThrow();
  });
});
