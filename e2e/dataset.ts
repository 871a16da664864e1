import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/data/schema';
import { latestUpdate } from '../src/data/ledger';

/** The bundled dataset, read the way the tests compute their expectations. */
export function bundledDataset(): Dataset {
  return JSON.parse(readFileSync('public/data/commitments.json', 'utf8')) as Dataset;
}

export function currentStatusOf(dataset: Dataset, id: string): string {
  const commitment = dataset.commitments.find((c) => c.id === id);
  if (!commitment) throw new Error(`no commitment ${id}`);
  return latestUpdate(commitment).status;
}
