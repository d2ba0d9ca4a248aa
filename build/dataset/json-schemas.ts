/** JSON Schema versions of the dataset's Zod schemas, keyed by the file they are written to. */
import { z } from 'zod';
import { missionSchema, notesFileSchema, sourcesFileSchema, termsFileSchema } from '../../data/schema';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'data/missions.schema.json': z.toJSONSchema(z.array(missionSchema)),
    'data/sources.schema.json': z.toJSONSchema(sourcesFileSchema),
    'data/terms.schema.json': z.toJSONSchema(termsFileSchema),
    'data/notes.schema.json': z.toJSONSchema(notesFileSchema),
  };
}
