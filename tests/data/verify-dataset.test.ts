import { describe, expect, it } from 'vitest';
import { verifyDataset } from '../../build/dataset/verify-dataset';

describe('dataset', () => {
  it('parses, cross-checks and finds every quote in seeds/', () => {
    expect(() => verifyDataset(process.cwd())).not.toThrow();
  });
});
