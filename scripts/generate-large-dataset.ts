/**
 * Writes a synthetic dataset for large-list tests and benchmarks:
 *   npx tsx scripts/generate-large-dataset.ts 10000 .bench/commitments-10000.json
 * Serve it by pointing config.js (datasetUrl) at it; never ship it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { makeLargeDataset } from './large-dataset';

const count = Number(process.argv[2] ?? 10_000);
const out = process.argv[3] ?? `.bench/commitments-${count}.json`;
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: generate-large-dataset.ts <count> [out.json]');
  process.exit(2);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(makeLargeDataset(count)));
console.log(`wrote ${count} synthetic commitments to ${out}`);
