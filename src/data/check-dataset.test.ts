// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { todayIso } from '@/lib/today';
import { makeCommitment, makeDataset, makeSource, makeUpdate } from '@/test/builders';
import { checkDataset, sourceTextPaths } from './check-dataset';
import type { Dataset } from './schema';
import { SECTOR_IDS } from './vocabulary';

/** The shipped files under public/data, read through Vite so the tests need no Node APIs. */
const PUBLIC_DATA = import.meta.glob<string>(['/public/data/*.json', '/public/data/sources/*.txt'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
function readPublicData(path: string): string {
  const text = PUBLIC_DATA[`/public/data/${path}`];
  if (text === undefined) throw new Error(`public/data/${path} is missing`);
  return text;
}

const TEXT = '在促进投资提速增效方面,加快连霍等骨干通道智慧化改造,开工建设焦济洛平高铁,开工汝阳等抽水蓄能电站。';
const TODAY = '2026-01-15';
const OPTIONS = { sourceTexts: { article: TEXT }, today: TODAY };

/** A small dataset that passes every check: one source with its text, all 14 sectors, one commitment with a plan and a metric. */
function makeValidDataset(overrides: Partial<Dataset> = {}): Dataset {
  return makeDataset({
    asOf: '2025-06-28',
    sources: [
      makeSource({ textPath: 'sources/article.txt' }),
      makeSource({
        id: 'lyd-2025-06-28',
        title: '控制性工程开工',
        publisher: '洛阳网',
        date: '2025-06-28',
        quality: 'media',
        url: 'http://news.lyd.com.cn/x.shtml',
      }),
    ],
    sectors: SECTOR_IDS.map((id) => ({ id, name: { zh: id, en: id } })),
    commitments: [
      makeCommitment({
        plan: {
          start: '2024',
          due: '2029',
          sourceIds: ['article'],
          milestones: [
            {
              id: 'control-works',
              label: { zh: '控制性工程开工', en: 'Control works start' },
              actual: '2025-06-28',
              sourceIds: ['lyd-2025-06-28'],
            },
          ],
        },
        updates: [
          makeUpdate({ status: 'not_started' }),
          makeUpdate({ date: '2025-06-28', status: 'delayed', stage: 'started', sourceIds: ['lyd-2025-06-28'] }),
        ],
        metrics: [
          {
            id: 'speed',
            label: { zh: '设计时速', en: 'Design speed' },
            value: 350,
            unit: 'km/h',
            date: '2025-03-20',
            sourceId: 'lyd-2025-06-28',
          },
        ],
      }),
    ],
    ...overrides,
  });
}

/** Problems after one edit of an otherwise valid dataset. */
function problemsAfter(edit: (data: Dataset) => void, options = OPTIONS) {
  const data = structuredClone(makeValidDataset());
  edit(data);
  return checkDataset(data, options);
}

/** The parts of the valid dataset the edits touch. */
const hsr = (d: Dataset) => d.commitments[0]!;
const planOf = (d: Dataset) => hsr(d).plan!;
const update1 = (d: Dataset) => hsr(d).updates[1]!;

/** Puts a value the types forbid, as a hand edit of the file might. */
const put = (target: object, key: string, value: unknown) => Reflect.set(target, key, value);

describe('checkDataset', () => {
  it('passes the valid builder dataset', () => {
    expect(checkDataset(makeValidDataset(), OPTIONS)).toEqual([]);
  });

  describe('the schema, with zod issues mapped to JSON paths', () => {
    it('rejects an unknown status', () => {
      expect(problemsAfter((d) => put(update1(d), 'status', 'done'))).toEqual([
        {
          path: '$.commitments[0].updates[1].status',
          message:
            'Invalid option: expected one of "not_started"|"in_progress"|"delayed"|"completed"|"ongoing"|"unverified"',
        },
      ]);
    });

    it('rejects progress given as text', () => {
      expect(problemsAfter((d) => put(update1(d), 'progress', '45%'))).toEqual([
        { path: '$.commitments[0].updates[1].progress', message: 'Invalid input: expected number, received string' },
      ]);
    });

    it('rejects a date written in Chinese', () => {
      expect(problemsAfter((d) => (update1(d).date = '2025年6月'))).toEqual([
        { path: '$.commitments[0].updates[1].date', message: 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD' },
      ]);
    });

    it('rejects a missing required field', () => {
      expect(problemsAfter((d) => Reflect.deleteProperty(hsr(d), 'title'))).toEqual([
        { path: '$.commitments[0].title', message: 'Invalid input: expected object, received undefined' },
      ]);
    });

    it.each(['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/a', 'news.lyd.com.cn/x'])(
      'accepts only http and https source URLs, not %s',
      (url) => {
        expect(problemsAfter((d) => (d.sources[1]!.url = url))).toEqual([
          { path: '$.sources[1].url', message: 'must be an absolute http or https URL' },
        ]);
      },
    );
  });

  describe('unknown keys (typos the app would silently ignore)', () => {
    it('reports a misspelt field where it is', () => {
      expect(problemsAfter((d) => put(hsr(d), 'sumary', { zh: '摘要', en: 'Summary' }))).toEqual([
        {
          path: '$.commitments[0].sumary',
          message: 'unknown key "sumary": schema v1 has no such field here (check the spelling)',
        },
      ]);
    });

    it('looks inside arrays, optional objects and defaulted lists', () => {
      const problems = problemsAfter((d) => {
        put(planOf(d).milestones[0]!, 'plannd', '2025');
        put(hsr(d).metrics[0]!, 'unit_', 'km');
        put(d.sectors[0]!.name, 'fr', 'x');
      });
      expect(problems.map((p) => p.path)).toEqual([
        '$.sectors[0].name.fr',
        '$.commitments[0].metrics[0].unit_',
        '$.commitments[0].plan.milestones[0].plannd',
      ]);
    });

    it('reports a __proto__ key from a hand-edited file', () => {
      const text = JSON.stringify(makeValidDataset()).replace(
        '"schemaVersion"',
        '"__proto__":{"polluted":true},"schemaVersion"',
      );
      expect(checkDataset(JSON.parse(text), OPTIONS)).toEqual([
        {
          path: '$.__proto__',
          message: 'unknown key "__proto__": schema v1 has no such field here (check the spelling)',
        },
      ]);
    });
  });

  describe('unique ids', () => {
    it('rejects two commitments with one id', () => {
      expect(problemsAfter((d) => d.commitments.push(structuredClone(hsr(d))))).toEqual([
        {
          path: '$.commitments[1].id',
          message: 'duplicate commitment id "jiao-ji-luo-ping-hsr" (first used at $.commitments[0])',
        },
      ]);
    });

    it('rejects two sources with one id', () => {
      expect(problemsAfter((d) => (d.sources[1]!.id = 'article'))).toContainEqual({
        path: '$.sources[1].id',
        message: 'duplicate source id "article" (first used at $.sources[0])',
      });
    });

    it('rejects two metrics with one id in a commitment', () => {
      expect(problemsAfter((d) => hsr(d).metrics.push({ ...hsr(d).metrics[0]!, value: 300 }))).toEqual([
        {
          path: '$.commitments[0].metrics[1].id',
          message: 'duplicate metric id "speed" (first used at $.commitments[0].metrics[0])',
        },
      ]);
    });

    it('rejects two milestones with one id in a plan', () => {
      expect(problemsAfter((d) => planOf(d).milestones.push({ ...planOf(d).milestones[0]! }))).toEqual([
        {
          path: '$.commitments[0].plan.milestones[1].id',
          message: 'duplicate milestone id "control-works" (first used at $.commitments[0].plan.milestones[0])',
        },
      ]);
    });

    it('allows the same metric id in two different commitments', () => {
      expect(
        problemsAfter((d) => {
          const copy = structuredClone(hsr(d));
          copy.id = 'another';
          d.commitments.push(copy);
        }),
      ).toEqual([]);
    });
  });

  describe('quotes', () => {
    it('rejects a quote that is not verbatim, saying where it stops matching', () => {
      expect(problemsAfter((d) => (hsr(d).origin.quote = '开工建设焦济洛平高速铁路'))).toEqual([
        {
          path: '$.commitments[0].origin.quote',
          message:
            'not a verbatim substring of source "article": only the first 9 of 12 characters match (check punctuation and full-width/half-width characters)',
        },
      ]);
    });

    it('rejects full-width punctuation where the source has half-width', () => {
      expect(problemsAfter((d) => (hsr(d).origin.quote = '骨干通道智慧化改造，开工建设'))[0]?.message).toContain(
        'only the first 9 of 14 characters match',
      );
    });

    it('rejects a quote whose source has no text to check against', () => {
      expect(problemsAfter((d) => (hsr(d).origin.sourceId = 'lyd-2025-06-28'))).toEqual([
        {
          path: '$.commitments[0].origin.quote',
          message: 'cannot check the quote: source "lyd-2025-06-28" has no text (give it a textPath and ship the file)',
        },
      ]);
    });
  });

  describe('references to sources', () => {
    it.each([
      ['$.commitments[0].origin.sourceId', (d: Dataset) => (hsr(d).origin.sourceId = 'nope')],
      ['$.commitments[0].updates[1].sourceIds[0]', (d: Dataset) => (update1(d).sourceIds = ['nope'])],
      [
        '$.commitments[0].caveats[0].sourceIds[1]',
        (d: Dataset) => (hsr(d).caveats = [{ text: { zh: '注', en: 'Note' }, sourceIds: ['article', 'nope'] }]),
      ],
      ['$.commitments[0].plan.sourceIds[0]', (d: Dataset) => (planOf(d).sourceIds = ['nope'])],
      [
        '$.commitments[0].plan.milestones[0].sourceIds[0]',
        (d: Dataset) => (planOf(d).milestones[0]!.sourceIds = ['nope']),
      ],
      ['$.commitments[0].metrics[0].sourceId', (d: Dataset) => (hsr(d).metrics[0]!.sourceId = 'nope')],
    ])('reports an unknown source at %s', (path, edit) => {
      expect(problemsAfter(edit)).toEqual([{ path, message: 'unknown source "nope": no such id in $.sources' }]);
    });
  });

  describe('the ledger', () => {
    it('rejects entries out of date order, at the later entry', () => {
      expect(problemsAfter((d) => hsr(d).updates.push(makeUpdate({ date: '2024-03', status: 'not_started' })))).toEqual(
        [
          {
            path: '$.commitments[0].updates[2].date',
            message: '"2024-03" is earlier than the entry before it ("2025-06-28"): the ledger runs oldest first',
          },
        ],
      );
    });

    it('accepts a month followed by a day in that month', () => {
      expect(
        problemsAfter((d) => {
          hsr(d).updates.push(
            makeUpdate({ date: '2025-07', status: 'delayed' }),
            makeUpdate({ date: '2025-07-16', status: 'completed' }),
          );
          d.asOf = '2025-07-16';
        }),
      ).toEqual([]);
    });

    it('rejects an entry dated after today', () => {
      expect(
        problemsAfter((d) => {
          hsr(d).updates.push(makeUpdate({ date: '2026-01-16', status: 'delayed' }));
          d.asOf = '2026-01-16';
        }),
      ).toEqual([
        { path: '$.commitments[0].updates[2].date', message: '"2026-01-16" is after today (2026-01-15)' },
        { path: '$.asOf', message: '"2026-01-16" is after today (2026-01-15)' },
      ]);
    });

    it('treats a year or month as not in the future while it is under way', () => {
      expect(
        problemsAfter((d) => {
          hsr(d).updates.push(makeUpdate({ date: '2026', status: 'delayed' }));
          d.asOf = '2026';
        }),
      ).toEqual([]);
    });

    it('rejects a milestone that actually happened after today', () => {
      expect(problemsAfter((d) => (planOf(d).milestones[0]!.actual = '2026-02'))).toEqual([
        { path: '$.commitments[0].plan.milestones[0].actual', message: '"2026-02" is after today (2026-01-15)' },
      ]);
    });

    it('rejects a plan due before it starts', () => {
      expect(problemsAfter((d) => (planOf(d).due = '2023-12'))).toEqual([
        { path: '$.commitments[0].plan.due', message: 'due "2023-12" is before start "2024"' },
      ]);
    });
  });

  describe('asOf', () => {
    it('rejects an asOf older than the newest evidence', () => {
      expect(problemsAfter((d) => (d.asOf = '2025-06'))).toEqual([]);
      expect(problemsAfter((d) => (d.asOf = '2025-05-31'))).toEqual([
        {
          path: '$.commitments[0].updates[1].date',
          message:
            '"2025-06-28" is after the dataset\'s asOf ("2025-05-31"): the app does not take it as the current status',
        },
        {
          path: '$.asOf',
          message:
            '"2025-05-31" is before the newest ledger entry ("2025-06-28" at $.commitments[0].updates[1].date): asOf is the date of the newest evidence',
        },
      ]);
    });

    it('reports every ledger entry after asOf, and after today, at its own path', () => {
      expect(
        problemsAfter((d) => {
          hsr(d).updates.push(
            makeUpdate({ date: '2025-08', status: 'delayed' }),
            makeUpdate({ date: '2026-03-01', status: 'completed' }),
          );
          d.asOf = '2025-07-01';
        }),
      ).toEqual([
        { path: '$.commitments[0].updates[3].date', message: '"2026-03-01" is after today (2026-01-15)' },
        {
          path: '$.commitments[0].updates[2].date',
          message:
            '"2025-08" is after the dataset\'s asOf ("2025-07-01"): the app does not take it as the current status',
        },
        {
          path: '$.commitments[0].updates[3].date',
          message:
            '"2026-03-01" is after the dataset\'s asOf ("2025-07-01"): the app does not take it as the current status',
        },
        {
          path: '$.asOf',
          message:
            '"2025-07-01" is before the newest ledger entry ("2026-03-01" at $.commitments[0].updates[3].date): asOf is the date of the newest evidence',
        },
      ]);
    });

    it('rejects an asOf in the future', () => {
      expect(problemsAfter((d) => (d.asOf = '2026-02-01'))).toEqual([
        { path: '$.asOf', message: '"2026-02-01" is after today (2026-01-15)' },
      ]);
    });
  });

  describe('sectors', () => {
    it('requires every sector', () => {
      expect(problemsAfter((d) => (d.sectors = d.sectors.filter((s) => s.id !== 'rural')))).toEqual([
        { path: '$.sectors', message: 'missing sector "rural": all 14 sectors must be listed' },
      ]);
    });

    it('rejects a sector listed twice', () => {
      expect(problemsAfter((d) => d.sectors.push({ id: 'rural', name: { zh: '乡村', en: 'Rural' } }))).toEqual([
        { path: '$.sectors[14].id', message: 'duplicate sector "rural": each sector is listed once' },
      ]);
    });
  });

  it('reports several problems at once, schema problems first', () => {
    const problems = problemsAfter((d) => {
      put(hsr(d), 'kind', 'task');
      hsr(d).origin.quote = '不在原文中';
      put(d.sources[0]!, 'extra', true);
    });
    expect(problems.map((p) => p.path)).toEqual([
      '$.commitments[0].kind',
      '$.sources[0].extra',
      '$.commitments[0].origin.quote',
    ]);
  });

  it('survives input that is not a dataset at all', () => {
    expect(checkDataset(null, OPTIONS)).toEqual([
      { path: '$', message: 'Invalid input: expected object, received null' },
    ]);
    expect(checkDataset([], OPTIONS)[0]?.path).toBe('$');
    expect(checkDataset({ sources: 'x', sectors: {}, commitments: [null, 3] }, OPTIONS).length).toBeGreaterThan(0);
  });

  it('refuses a malformed today rather than checking against it', () => {
    expect(() => checkDataset(makeValidDataset(), { ...OPTIONS, today: '2026' })).toThrow('YYYY-MM-DD');
  });
});

describe('sourceTextPaths', () => {
  it('lists the text files to read, with where each is declared', () => {
    expect(sourceTextPaths(makeValidDataset())).toEqual([
      { sourceId: 'article', textPath: 'sources/article.txt', path: '$.sources[0].textPath' },
    ]);
  });

  it('never offers a path outside sources/', () => {
    expect(sourceTextPaths({ sources: [{ id: 'x', textPath: '../../etc/passwd' }] })).toEqual([]);
  });
});

describe('the bundled dataset', () => {
  it('passes every check against the shipped source texts', () => {
    const json: unknown = JSON.parse(readPublicData('commitments.json'));
    const sourceTexts = Object.fromEntries(
      sourceTextPaths(json).map(({ sourceId, textPath }) => [sourceId, readPublicData(textPath)]),
    );
    expect(Object.keys(sourceTexts)).toEqual([
      'luoyang-fabu-2024-01-29',
      'henan-gwr-2024',
      'henan-gwr-2025',
      'henan-gwr-2026',
    ]);
    expect(checkDataset(json, { sourceTexts, today: todayIso() })).toEqual([]);
  });
});
