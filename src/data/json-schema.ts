import { z } from 'zod/mini';
import { datasetSchema, httpUrlSchema, partialDateSchema } from './schema';

/** Where the generated JSON Schema lives, relative to the project root; the dataset's `$schema` points at it. */
export const JSON_SCHEMA_FILE = 'public/data/commitments.schema.json';

/**
 * The JSON Schema of the dataset file, generated from the zod schema so that
 * an editor (VS Code and others) validates `commitments.json` while someone
 * types. `io: 'input'` leaves fields with defaults optional. Refinements zod
 * cannot express are added as patterns, and unknown keys are refused, as
 * `npm run data:check` refuses them.
 */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(datasetSchema, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === partialDateSchema) {
        jsonSchema.pattern = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';
        jsonSchema.description = 'ISO date with the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD';
      } else if (zodSchema === httpUrlSchema) {
        jsonSchema.pattern = '^https?://';
        jsonSchema.format = 'uri';
      } else if (jsonSchema.type === 'object' && jsonSchema.properties) {
        jsonSchema.additionalProperties = false;
      }
    },
  });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Luoyang commitments tracker dataset, schema v1',
    description:
      'Generated from src/data/schema.ts by scripts/generate-json-schema.ts; do not edit by hand. See docs/data-dictionary.md.',
    ...rest,
  };
}
