import type { Commitment, Dataset } from '../src/data/schema';
import { KIND_IDS, LAYER_IDS, LINK_IDS, SECTOR_IDS, STATUS_IDS } from '../src/data/vocabulary';

/**
 * A synthetic dataset of `count` commitments for tests and benchmarks of large
 * lists. Deterministic (a small linear congruential generator seeded by
 * `seed`), valid against schema v1, and plainly marked as synthetic in every
 * title so it can never pass for real data.
 */
export function makeLargeDataset(count: number, seed = 1): Dataset {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sectors = SECTOR_IDS.map((id) => ({ id, name: { zh: `领域 ${id}`, en: `Sector ${id}` } }));
  const commitments: Commitment[] = [];
  for (let i = 0; i < count; i += 1) {
    const status = pick(STATUS_IDS);
    const year = 2024 + Math.floor(next() * 2);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const hasProgress = next() < 0.4;
    commitments.push({
      id: `synthetic-${i}`,
      title: { zh: `合成测试任务 ${i} 号`, en: `Synthetic test commitment no. ${i}` },
      summary: { zh: `用于性能测试的合成数据，第 ${i} 条。`, en: `Synthetic record ${i}, for performance tests only.` },
      sector: pick(SECTOR_IDS),
      kind: pick(KIND_IDS),
      origin: {
        sourceId: 'synthetic-source',
        quote: '合成引文',
        section: { zh: '合成', en: 'Synthetic' },
        layer: pick(LAYER_IDS),
      },
      luoyangLink: pick(LINK_IDS),
      caveats: [],
      plan:
        next() < 0.3
          ? {
              start: '2024-01',
              due: `${2025 + Math.floor(next() * 3)}-12`,
              sourceIds: ['synthetic-source'],
              milestones: [],
            }
          : undefined,
      updates: [
        {
          date: '2024-01-28',
          status: 'unverified',
          note: { zh: '合成记录', en: 'Synthetic entry' },
          sourceIds: ['synthetic-source'],
        },
        {
          date: `${year}-${month}-15`,
          status,
          progress: hasProgress ? Math.floor(next() * 101) : undefined,
          note: { zh: '合成进展', en: 'Synthetic progress' },
          sourceIds: ['synthetic-source'],
        },
      ],
      metrics: [],
    });
  }
  return {
    schemaVersion: 1,
    asOf: '2025-12-15',
    sources: [
      {
        id: 'synthetic-source',
        title: '合成来源（仅供测试）',
        publisher: 'Synthetic',
        date: '2024-01-29',
        quality: 'official',
      },
    ],
    sectors,
    commitments,
  };
}
