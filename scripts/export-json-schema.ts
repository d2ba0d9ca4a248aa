/**
 * `npm run data:schema`: writes JSON Schema files for the dataset (from the Zod schema) so others
 * can validate and reuse data/ without TypeScript. A test keeps them in step with the schema.
 */
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../build/dataset/json-schemas';

for (const [file, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file}`);
}
