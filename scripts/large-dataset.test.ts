import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../src/data/schema';
import { makeLargeDataset } from './large-dataset';

describe('makeLargeDataset', () => {
  it('is valid against the schema, deterministic and the size asked for', () => {
    const a = makeLargeDataset(500, 7);
    expect(datasetSchema.safeParse(a).success).toBe(true);
    expect(a.commitments).toHaveLength(500);
    expect(makeLargeDataset(500, 7)).toEqual(a);
    expect(new Set(a.commitments.map((c) => c.sector)).size).toBeGreaterThan(5);
  });
});
