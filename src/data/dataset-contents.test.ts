// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { currentStatus } from './ledger';
import { datasetSchema, type Commitment, type Dataset } from './schema';
import type { UnitId } from './vocabulary';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(
    import.meta.glob<string>('/public/data/commitments.json', { query: '?raw', import: 'default', eager: true })[
      '/public/data/commitments.json'
    ] ?? 'null',
  ),
);
const byId = new Map(dataset.commitments.map((c) => [c.id, c]));
const ARTICLE = 'luoyang-fabu-2024-01-29';

/**
 * Every Luoyang item of the article, as numbered by the research
 * (../shared/research/seed-items.json, S01–S61), and the commitment that carries it.
 * One merge: S12 (the article's "土地强夯" gloss) is the same ethylene project as S10,
 * so it is the first ledger entry of luoyang-ethylene-1mt rather than a card of its own.
 * Split pairs sharing one quote stay split: S27/S28, S42/S43, S49/S50.
 */
const SEED_ITEMS: Record<string, { id: string; quote: string; in?: 'ledger' }> = {
  S01: {
    id: 'luoyang-economy-2023',
    quote: '洛阳聚焦加快建强副中心、形成增长极,经济呈现稳中向好、稳中提质、稳中蓄势的发展态势',
  },
  S02: { id: 'henan-three-batches-projects-2023', quote: '“三个一批”产业项目9262个、总投资6.8万亿元' },
  S03: { id: 'xiaolangdi-irrigation-districts', quote: '小浪底南岸及北岸灌区等一批重大基础设施建成' },
  S04: {
    id: 'luoyang-three-batches-1082-projects',
    quote: '洛阳1082个“三个一批”项目开工率、投产率、达效率保持全省前列',
  },
  S05: { id: 'henan-rd-intensity-over-2pct', quote: '全省全社会研发投入强度突破2%' },
  S06: { id: 'henan-innovation-platforms', quote: '建设省实验室16家、产业研究院40家、中试基地36家、创新联合体28家' },
  S07: { id: 'luoyang-rd-intensity-leads-henan', quote: '洛阳全社会研发投入强度连续5年领跑全省' },
  S08: { id: 'longmen-laboratory', quote: '以龙门实验室为龙头引领的一批重大创新平台加快建设' },
  S09: { id: 'henan-7-clusters-28-chains-2023', quote: '全省7个先进制造业集群28个重点产业链加快构建' },
  S10: { id: 'luoyang-ethylene-1mt', quote: '洛阳百万吨乙烯项目开工建设' },
  S11: { id: 'luoyang-17-advantage-chains', quote: '洛阳谋划的17条优势产业链,去年营业收入达4200亿元' },
  S12: { id: 'luoyang-ethylene-1mt', quote: '百万吨乙烯项目目前已全面进入“土地强夯”阶段', in: 'ledger' },
  S13: { id: 'henan-rural-revitalization-demo-counties', quote: '新创建5个国家乡村振兴示范县' },
  S14: { id: 'xinan-rural-revitalization-demo-county', quote: '其中,洛阳新安县成功入选' },
  S15: { id: 'henan-soe-reform-first-tier', quote: '国企改革保持全国第一方阵' },
  S16: {
    id: 'lyc-mixed-ownership-reform',
    quote: '作为全省国企改革的标志性项目,洛轴混改已取得重大突破,极大激发了内生动力和发展活力,加快步入“新洛轴”时代',
  },
  S17: { id: 'henan-national-regional-medical-centres', quote: '国家区域医疗中心达到12家' },
  S18: { id: 'henan-culture-tourism-conference', quote: '召开全省文旅文创发展大会' },
  S19: { id: 'civilization-origins-archaeology-results', quote: '中华文明探源、考古中国等重大课题取得阶段性成果' },
  S20: { id: 'heritage-poetry-boom', quote: '文博热、非遗热、诗词热持续升温' },
  S21: { id: 'luoyang-tourism-top-tier', quote: '洛阳文旅火爆“出圈”、跻身“顶流”' },
  S22: { id: 'yangshao-erlitou-archaeological-parks', quote: '仰韶村、二里头国家考古遗址公园开园' },
  S23: { id: 'provincial-games-2023', quote: '成功举办省第十四届运动会暨第八届残疾人运动会' },
  S24: { id: 'henan-2024-nine-areas-of-work', quote: '明确细化了9个方面重点工作' },
  S25: { id: 'above-scale-firms-rd-full-coverage', quote: '高质量推进规上工业企业研发活动全覆盖' },
  S26: { id: 'smart-island-incubation-chain', quote: '依托智慧岛体系加快构建科技企业孵化成长链条' },
  S27: { id: 'zhoushan-smart-island', quote: '洛阳已挂牌周山智慧岛、伊滨智慧岛两家智慧岛' },
  S28: { id: 'yibin-smart-island', quote: '洛阳已挂牌周山智慧岛、伊滨智慧岛两家智慧岛' },
  S29: { id: 'luoyang-tech-industry-communities', quote: '加快建设一批科技产业社区,加快构建一流创新生态' },
  S30: {
    id: 'henan-grow-7-clusters-28-chains',
    quote: '实施制造业重点产业链高质量发展行动,壮大7个先进制造业集群28个重点产业链',
  },
  S31: {
    id: 'nev-key-component-clusters',
    quote: '洛阳、新乡、许昌、鹤壁等地重点发展动力电池、电机电控、汽车电子等关键零部件特色集群',
  },
  S32: { id: 'zhongzhou-catl-battery-base', quote: '推动洛阳中州时代新能源电池产业基地等项目尽快投产' },
  S33: {
    id: 'major-equipment-breakthrough-programme',
    quote: '聚焦新型电力装备、工程机械、农机装备、机器人和数控机床,实施重大技术装备攻关工程',
  },
  S34: { id: 'luoyang-aviation-equipment-park', quote: '加快洛阳航空装备智创产业园等项目建设' },
  S35: { id: 'agri-machinery-national-cluster', quote: '争创先进农机装备国家级先进制造业集群' },
  S36: { id: 'biopharma-luoyang', quote: '支持郑州、新乡、洛阳等地布局生物药' },
  S37: { id: 'brand-consumption-clusters', quote: '建设品牌消费集聚区和国际消费中心城市' },
  S38: { id: 'xia-shang-archaeology-research-centre', quote: '推动国家夏商文明考古研究中心建设' },
  S39: { id: 'han-wei-luoyang-city-site-museum', quote: '加快汉魏故城遗址博物馆等国家考古遗址公园建设' },
  S40: {
    id: 'great-sites-corridor-museum-cluster',
    quote: '统筹推进世界级大遗址保护走廊和国家级博物馆群建设,打造中华文明连绵不断的探源地、实证地和体验地',
  },
  S41: { id: 'digital-heritage-conservation', quote: '运用数字技术赋能文物保护修复和综合利用' },
  S42: {
    id: 'tracing-luo-goddess-ode-experience',
    quote: '打造寻迹洛神赋、问道函谷关等沉浸式、体验式、互动式展示项目',
  },
  S43: { id: 'seeking-dao-hangu-pass-experience', quote: '打造寻迹洛神赋、问道函谷关等沉浸式、体验式、互动式展示项目' },
  S44: { id: 'culture-tourism-appeal', quote: '提升文旅产业的时尚度、吸引力' },
  S45: { id: 'lianhuo-corridor-smart-upgrade', quote: '加快连霍等骨干通道智慧化改造' },
  S46: { id: 'jiao-ji-luo-ping-hsr', quote: '开工建设焦济洛平高铁' },
  S47: { id: 'ruyang-pumped-storage', quote: '开工汝阳等抽水蓄能电站' },
  S48: { id: 'xixiayuan-irrigation-project', quote: '建成西霞院水利枢纽输水及灌区等工程' },
  S49: { id: 'qianping-reservoir-irrigation-district', quote: '新建前坪、故县水库灌区' },
  S50: { id: 'guxian-reservoir-irrigation-district', quote: '新建前坪、故县水库灌区' },
  S51: { id: 'luoyang-sub-centre-city', quote: '提升中心城市区域带动力,支持洛阳加快中原城市群副中心城市建设' },
  S52: { id: 'luoyang-innovation-openness-manufacturing', quote: '提升创新能力、开放水平,做强先进制造业' },
  S53: {
    id: 'world-class-tourism-destination',
    quote: '充分发挥独特的历史文化资源优势,打造传承中华文化的世界级旅游目的地',
  },
  S54: { id: 'belt-and-road-four-silk-roads', quote: '高质量参与共建“一带一路”,提升“四条丝绸之路”优势' },
  S55: { id: 'china-europe-rail-routes', quote: '拓展中欧班列线路布局,优化省内二级节点' },
  S56: { id: 'free-trade-zone-upgrade', quote: '深入实施自贸试验区提升行动' },
  S57: { id: 'bonded-zones-opening-platforms', quote: '推动综合保税区、保税物流中心更好发挥开放平台功能和作用' },
  S58: { id: 'clean-water-into-yellow-river', quote: '实施“清水入黄河”工程' },
  S59: { id: 'river-outfall-remediation', quote: '加快入河排污口溯源整治,推进重点河流水质综合治理' },
  S60: { id: 'double-first-class-universities', quote: '持续办好人民满意教育,加大“双一流”建设和第二梯队创建支持力度' },
  S61: { id: 'regional-medical-centres-2024', quote: '持续提升全民健康水平,加快建设国家和省级区域医疗中心' },
};

function countBy<T extends string>(values: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

describe('the bundled dataset covers the article', () => {
  it('represents every seed item S01–S61', () => {
    expect(Object.keys(SEED_ITEMS)).toHaveLength(61);
    for (const [seedId, item] of Object.entries(SEED_ITEMS)) {
      const commitment = byId.get(item.id);
      expect(commitment, `${seedId} → ${item.id}`).toBeDefined();
      if (item.in === 'ledger') {
        expect(commitment?.updates[0]?.note.zh, seedId).toContain(item.quote);
        expect(commitment?.updates[0]?.sourceIds, seedId).toContain(ARTICLE);
      } else {
        expect(commitment?.origin.quote, seedId).toBe(item.quote);
      }
    }
  });

  it("has one commitment per seed item except the merged S12, in the article's order", () => {
    const originIds = Object.values(SEED_ITEMS)
      .filter((item) => item.in !== 'ledger')
      .map((item) => item.id);
    expect(dataset.commitments.map((c) => c.id)).toEqual(originIds);
  });

  it('counts by kind', () => {
    expect(countBy(dataset.commitments.map((c) => c.kind))).toEqual({
      'task-2024': 35,
      'achievement-2023': 16,
      metric: 9,
    });
  });

  it('counts by sector', () => {
    expect(countBy(dataset.commitments.map((c) => c.sector))).toEqual({
      'culture-tourism': 14,
      innovation: 9,
      'reform-opening': 6,
      industry: 5,
      'water-energy': 5,
      regional: 4,
      livelihoods: 4,
      'advanced-equipment': 3,
      'new-energy-vehicles': 2,
      transport: 2,
      ecology: 2,
      rural: 2,
      petrochemicals: 1,
      biomedicine: 1,
    });
  });
});

describe('the honesty rules hold in the data', () => {
  it('starts every ledger with the state the report describes, dated 2024-01-28 and citing the article', () => {
    for (const commitment of dataset.commitments) {
      expect(commitment.updates[0]?.date, commitment.id).toBe('2024-01-28');
      expect(commitment.updates[0]?.sourceIds, commitment.id).toContain(ARTICLE);
    }
  });

  it('marks a 2024 task with no evidence since the report as unverified', () => {
    for (const commitment of dataset.commitments.filter((c) => c.kind === 'task-2024' && c.updates.length === 1)) {
      expect(currentStatus(commitment), commitment.id).toBe('unverified');
    }
  });

  it('gives every province-wide item with an unstated location a caveat saying so', () => {
    for (const id of [
      'provincial-games-2023',
      'tracing-luo-goddess-ode-experience',
      'seeking-dao-hangu-pass-experience',
    ]) {
      expect(byId.get(id)?.luoyangLink).toBe('indirect');
      expect(
        byId.get(id)?.caveats.some((c) => c.text.en.includes('does not say') || c.text.en.includes('states where')),
      ).toBe(true);
    }
  });

  it("flags the article's known errors with caveats", () => {
    const caveatText = (id: string) =>
      byId
        .get(id)
        ?.caveats.map((c) => c.text.zh)
        .join(' ') ?? '';
    expect(caveatText('yangshao-erlitou-archaeological-parks')).toContain('三门峡');
    expect(caveatText('xiaolangdi-irrigation-districts')).toContain('济源');
    expect(caveatText('seeking-dao-hangu-pass-experience')).toContain('灵宝');
    expect(caveatText('luoyang-three-batches-1082-projects')).toContain('616');
  });

  it('uses every source it lists', () => {
    const cited = new Set<string>();
    for (const c of dataset.commitments) {
      cited.add(c.origin.sourceId);
      c.updates.forEach((u) => u.sourceIds.forEach((s) => cited.add(s)));
      c.caveats.forEach((cv) => cv.sourceIds.forEach((s) => cited.add(s)));
      c.plan?.sourceIds.forEach((s) => cited.add(s));
      c.plan?.milestones.forEach((m) => m.sourceIds.forEach((s) => cited.add(s)));
      c.metrics.forEach((m) => cited.add(m.sourceId));
    }
    expect(dataset.sources.map((s) => s.id).filter((id) => !cited.has(id))).toEqual([]);
  });

  it("keeps Luoyang's R&D intensity as a yearly series", () => {
    const series = byId
      .get('luoyang-rd-intensity-leads-henan')
      ?.metrics.filter((m) => m.series === 'luoyang-rd-intensity')
      .map((m) => [m.period, m.value]);
    expect(series).toEqual([
      ['2023', 3.47],
      ['2024', 3.03],
    ]);
  });
});

describe('the culture and opening-up evidence', () => {
  it("says that a delay inferred from a missed plan date is the tracker's own judgement", () => {
    for (const id of ['xia-shang-archaeology-research-centre', 'han-wei-luoyang-city-site-museum']) {
      const delayed = byId.get(id)?.updates.filter((u) => u.status === 'delayed') ?? [];
      expect(delayed.length, id).toBeGreaterThan(0);
      for (const update of delayed) {
        expect(update.note.zh, `${id} ${update.date}`).toContain('本站');
        expect(update.note.en, `${id} ${update.date}`).toContain('our own judgement');
      }
    }
  });

  it('keeps a claim resting on one repost in the ledger, marked single-source', () => {
    const groundbreaking = byId
      .get('xia-shang-archaeology-research-centre')
      ?.updates.find((u) => u.sourceIds.includes('handmsg-xiashang-centre-article'));
    expect(groundbreaking?.verification).toBe('single-source');
    expect(groundbreaking?.stage).toBe('started');
  });

  it('marks the Han–Wei museum opening plan that events overtook as superseded', () => {
    expect(byId.get('han-wei-luoyang-city-site-museum')?.updates[0]?.verification).toBe('superseded');
  });

  it('cites the later reports where they review or re-set a task of these sectors', () => {
    const cites = (id: string, sourceId: string) =>
      byId.get(id)?.updates.some((u) => u.sourceIds.includes(sourceId) && u.date > '2024-01-28');
    for (const id of ['luoyang-sub-centre-city', 'world-class-tourism-destination', 'free-trade-zone-upgrade'])
      expect(cites(id, 'henan-gwr-2025'), id).toBe(true);
    for (const id of [
      'xia-shang-archaeology-research-centre',
      'regional-medical-centres-2024',
      'china-europe-rail-routes',
    ])
      expect(cites(id, 'henan-gwr-2026'), id).toBe(true);
  });
});

describe('the three headline commitments', () => {
  const headline: [string, UnitId[]][] = [
    ['zhongzhou-catl-battery-base', ['亿元', 'GWh']],
    ['luoyang-ethylene-1mt', ['亿元', '万吨/年']],
    ['jiao-ji-luo-ping-hsr', ['亿元', 'km', 'km/h']],
  ];

  it.each(headline)('%s has a plan, milestones, at least four dated sourced updates and its metrics', (id, units) => {
    const commitment = byId.get(id) as Commitment;
    expect(commitment).toBeDefined();
    expect(commitment.plan?.start).toBeDefined();
    expect(commitment.plan?.due).toBeDefined();
    expect(commitment.plan?.milestones.length).toBeGreaterThanOrEqual(8);
    expect(commitment.updates.length).toBeGreaterThanOrEqual(4);
    for (const update of commitment.updates) {
      expect(update.date).toMatch(/^\d{4}-\d{2}/);
      expect(update.sourceIds.length).toBeGreaterThan(0);
    }
    for (const unit of units)
      expect(
        commitment.metrics.some((m) => m.unit === unit),
        unit,
      ).toBe(true);
  });

  it('shows conflicting figures side by side', () => {
    const catl = byId.get('zhongzhou-catl-battery-base');
    expect(catl?.updates.filter((u) => u.conflict).map((u) => u.date)).toEqual(
      expect.arrayContaining(['2024-07-20', '2024-11', '2024-11-26', '2024-12']),
    );
    const hsrLengths = byId
      .get('jiao-ji-luo-ping-hsr')
      ?.metrics.filter((m) => m.unit === 'km' && m.id.startsWith('length'));
    expect(hsrLengths?.map((m) => m.value).sort()).toEqual([229.2, 230.298, 230.488]);
  });

  it("labels the delays as the research's inference", () => {
    for (const id of ['luoyang-ethylene-1mt', 'jiao-ji-luo-ping-hsr']) {
      const delayed = byId.get(id)?.updates.filter((u) => u.status === 'delayed') ?? [];
      expect(delayed.length, id).toBeGreaterThan(0);
      expect(
        delayed.some((u) => u.note.zh.includes('推断') && u.note.en.includes('inference')),
        id,
      ).toBe(true);
    }
  });
});
