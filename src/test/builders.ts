import type { Commitment, Dataset, Source, Update } from '@/data/schema';

/** Builders for tests: a valid record, changed only where a test says so. */
export function makeSource(overrides: Partial<Source> = {}): Source {
  return {
    id: 'article',
    title: '点赞+赋能!省政府工作报告频频“着墨”洛阳发展',
    publisher: '洛阳发布',
    url: 'http://lysrd.henanrd.gov.cn/2024/01-29/191245.html',
    date: '2024-01-29',
    quality: 'official',
    ...overrides,
  };
}

export function makeUpdate(overrides: Partial<Update> = {}): Update {
  return {
    date: '2024-01-28',
    status: 'unverified',
    note: { zh: '报告部署', en: 'Set by the report' },
    sourceIds: ['article'],
    ...overrides,
  };
}

export function makeCommitment(overrides: Partial<Commitment> = {}): Commitment {
  return {
    id: 'jiao-ji-luo-ping-hsr',
    title: { zh: '开工建设焦济洛平高铁', en: 'Start building the Jiaozuo–Jiyuan–Luoyang–Pingdingshan HSR' },
    summary: { zh: '报告要求2024年开工。', en: 'The report set a 2024 start.' },
    sector: 'transport',
    kind: 'task-2024',
    origin: {
      sourceId: 'article',
      quote: '开工建设焦济洛平高铁',
      section: { zh: '激发有潜能的消费，扩大有效益的投资', en: 'Consumption and investment' },
      layer: 'report',
    },
    luoyangLink: 'direct',
    caveats: [],
    updates: [makeUpdate()],
    metrics: [],
    ...overrides,
  };
}

export function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    asOf: '2025-10-29',
    sources: [makeSource()],
    sectors: [{ id: 'transport', name: { zh: '交通', en: 'Transport' } }],
    commitments: [makeCommitment()],
    ...overrides,
  };
}
