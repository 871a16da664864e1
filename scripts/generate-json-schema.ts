/**
 * Writes public/data/commitments.schema.json from the zod schema. Run after
 * changing src/data/schema.ts or src/data/vocabulary.ts:
 * `npx tsx scripts/generate-json-schema.ts`. A unit test fails while the file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildDatasetJsonSchema, JSON_SCHEMA_FILE } from '@/data/json-schema';

const file = resolve(JSON_SCHEMA_FILE);
writeFileSync(file, `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${JSON_SCHEMA_FILE}`);
