import { describe, expect, it } from 'vitest';
import { makeCommitment, makeUpdate } from '@/test/builders';
import { headlineFigures, headlineProjects } from './headline';

const withStatus = (...statuses: Parameters<typeof makeUpdate>[0][]) =>
  makeCommitment({ updates: statuses.map((s) => makeUpdate(s)) });

describe('headlineFigures', () => {
  it('counts by the newest ledger entry', () => {
    const figures = headlineFigures([
      withStatus({ date: '2024-01-28', status: 'not_started' }, { date: '2025-06', status: 'completed' }),
      withStatus({ date: '2025-06', status: 'delayed' }, { date: '2024-01-28', status: 'completed' }),
      withStatus({ status: 'unverified' }),
    ]);
    expect(figures).toEqual({ total: 3, completed: 1, completedShare: 33.3, delayed: 1, unverified: 1 });
  });
  it('gives zeros, not NaN, for an empty list', () => {
    expect(headlineFigures([])).toEqual({ total: 0, completed: 0, completedShare: 0, delayed: 0, unverified: 0 });
  });
});

describe('headlineProjects', () => {
  it('shows the headline projects in the fixed order at their newest entry, leaving out missing ones', () => {
    const hsr = makeCommitment({
      id: 'jiao-ji-luo-ping-hsr',
      updates: [
        makeUpdate({ date: '2025-06-28', status: 'delayed', stage: 'construction' }),
        makeUpdate({ date: '2025-08-27', status: 'delayed' }),
        makeUpdate({ date: '2024-01-28', status: 'not_started', stage: 'planning' }),
      ],
    });
    const catl = makeCommitment({ id: 'zhongzhou-catl-battery-base', updates: [makeUpdate({ status: 'completed' })] });
    const projects = headlineProjects([hsr, makeCommitment({ id: 'other' }), catl]);
    expect(projects.map((p) => [p.id, p.status, p.stage, p.latestDate])).toEqual([
      ['zhongzhou-catl-battery-base', 'completed', undefined, '2024-01-28'],
      ['jiao-ji-luo-ping-hsr', 'delayed', 'construction', '2025-08-27'],
    ]);
  });
});
