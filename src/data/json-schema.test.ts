// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildDatasetJsonSchema, JSON_SCHEMA_FILE } from './json-schema';
import { STATUS_IDS } from './vocabulary';

/** The shipped files under public/data, read through Vite so the tests need no Node APIs. */
const PUBLIC_DATA = import.meta.glob<string>('/public/data/*.json', { query: '?raw', import: 'default', eager: true });
const read = (path: string): unknown => JSON.parse(PUBLIC_DATA[`/${path}`] ?? 'null');

describe('the JSON Schema for editors', () => {
  it(`is up to date with the zod schema (else run: npx tsx scripts/generate-json-schema.ts)`, () => {
    expect(read(JSON_SCHEMA_FILE)).toEqual(buildDatasetJsonSchema());
  });

  it('is what the dataset file points its editor at', () => {
    expect(read('public/data/commitments.json')).toMatchObject({ $schema: './commitments.schema.json' });
  });

  it('carries the vocabularies and refuses unknown keys, as data:check does', () => {
    const text = JSON.stringify(buildDatasetJsonSchema());
    expect(text).toContain(JSON.stringify(STATUS_IDS));
    expect(text).toContain('"additionalProperties":false');
    expect(text).toContain('"pattern":"^https?://"');
  });
});
