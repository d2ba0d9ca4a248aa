import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../../build/dataset/json-schemas';

describe('exported JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('%s is up to date (run npm run data:schema)', (file, schema) => {
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(schema);
  });
});
