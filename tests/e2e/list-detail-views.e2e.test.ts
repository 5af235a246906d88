import { useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';
import { investigateIE1 } from './support/incident-investigation';

type Item = Record<string, unknown>;

/** Each paged list with a detail route: the item's id, and the path of its detail. */
const RESOURCES: { list: string; detail: (item: Item) => string }[] = [
  { list: '/units', detail: (item) => `/units/${String(item.id)}` },
  { list: '/agreements', detail: (item) => `/agreements/${String(item.id)}` },
  { list: '/hazards', detail: (item) => `/hazards/${String(item.id)}` },
  { list: '/inspections', detail: (item) => `/inspections/${String(item.id)}` },
  { list: '/reports', detail: (item) => `/reports/${String(item.id)}` },
  { list: '/incidents', detail: (item) => `/incidents/${String(item.id)}` },
  { list: '/penalties', detail: (item) => `/penalties/${String(item.id)}` },
  {
    list: '/accountability-actions',
    detail: (item) => `/accountability-actions/${String(item.id)}`,
  },
  { list: '/patrols', detail: (item) => `/patrols/${String(item.id)}` },
  { list: '/problems', detail: (item) => `/problems/${String(item.id)}` },
  { list: '/supervision-orders', detail: (item) => `/supervision-orders/${String(item.id)}` },
];

/** Storage fields of the read models that no answer shows. */
const STORAGE_FIELDS = ['_id', 'path', 'ref', 'refs', 'placePath', 'unitPath', 'lastPosition'];

/** Every key of a JSON value, at any depth. */
const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.flatMap(keysOf)
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)])
      : [];

/**
 * A list item is the resource's view, exactly as its detail route answers it: the seeded district
 * of the authorisation tests, then a later course for each kind of record (rectified and verified
 * hazards, a verified and a closed report, an investigated and corrected incident, a revoked
 * penalty, an amended agreement, an ended appointment and recorded statistics).
 */
describe('list items and detail answers', () => {
  const api = useTestApp();
  const { write } = api;

  beforeAll(async () => {
    await seedDistrict(api);
    await write(
      '/units/T1/appointments/P1/end',
      { post: 'principal', to: '2025-06-30T00:00:00+08:00' },
      200,
    );
    await write(
      '/units/D/statistics/2025',
      { gdp100mYuan: 512.3, motorVehicles: 120000 },
      200,
      'put',
    );
    await write(
      '/units/D/appointments',
      {
        personId: 'PDD',
        personName: '分管副区长',
        post: 'deputy_in_charge',
        from: '2024-01-01T00:00:00+08:00',
        portfolioIndustries: ['construction', 'road_traffic'],
      },
      200,
    );
    await write(
      '/agreements/A-T1/amendments',
      { reason: '调整指标', controlIndicators: { maxDeaths: 0 } },
      200,
    );
    await write(
      '/hazards/H-E1/rectification',
      { rectifiedAt: '2025-03-10T09:00:00+08:00', note: '已清理' },
      200,
    );
    await write(
      '/hazards/H-E1/verification',
      {
        passed: true,
        verifiedAt: '2025-03-12T09:00:00+08:00',
        verifier: '李四',
      },
      200,
    );
    await write('/inspections', {
      id: 'INS-F',
      inspectedUnitId: 'E2',
      inspectingUnitId: 'B',
      kind: 'special',
      conductedAt: '2025-05-02T09:00:00+08:00',
      inspectors: ['王五'],
      findings: [
        { level: 'major', description: '深基坑无支护', deadline: '2025-06-02T09:00:00+08:00' },
      ],
    });
    await write(
      '/reports/R-E1/verification',
      {
        substantiated: true,
        verifiedAt: '2025-03-05T09:00:00+08:00',
        hazardIds: ['H-E1'],
        rewardYuan: 500,
      },
      200,
    );
    await write(
      '/reports/R-E2/verification',
      { substantiated: false, verifiedAt: '2025-03-05T09:00:00+08:00' },
      200,
    );
    await write('/reports/R-E2/closure', { closedAt: '2025-03-06T09:00:00+08:00' }, 200);
    await write(
      '/incidents/I-E1/casualty-revisions',
      {
        deaths: 3,
        seriousInjuries: 1,
        directLossYuan: 200000,
        revisedAt: '2025-04-05T09:00:00+08:00',
      },
      200,
    );
    await investigateIE1(write, {
      concludedAt: '2025-05-20T09:00:00+08:00',
      cause: '违规作业',
      nature: 'liability',
    });
    await write(
      '/incidents/I-E2/misreporting-findings',
      {
        kind: 'concealed',
        establishedAt: '2025-04-10T09:00:00+08:00',
        detail: '瞒报死亡1人',
      },
      200,
    );
    await write('/incidents/I-E2/corrections', {
      field: 'description',
      to: '脚手架坍塌',
      reason: '描述有误',
    });
    await write(
      '/penalties/PEN-E2/revocation',
      { reason: '复议撤销', revokedAt: '2025-05-01T00:00:00+08:00' },
      200,
    );
    await write(
      '/problems/PRB-E1/rectification',
      { rectifiedAt: '2025-05-01T09:00:00+08:00', evidence: '培训记录' },
      200,
    );
    await write(
      '/problems/PRB-E1/verification',
      { passed: true, verifiedAt: '2025-05-03T09:00:00+08:00', verifier: '督查组' },
      200,
    );
    await write(
      '/supervision-orders/SO-E1/reply',
      { repliedAt: '2025-05-01T09:00:00+08:00', content: '已整改' },
      200,
    );
    await write(
      '/supervision-orders/SO-E1/closure',
      { closedAt: '2025-05-02T09:00:00+08:00' },
      200,
    );
  }, 60_000);

  it.each(RESOURCES)('$list: every item deep-equals its detail', async ({ list, detail }) => {
    const page = (await api.read(`${list}?limit=1000`)).body as { items: Item[]; total: number };
    expect(page.items.length).toBeGreaterThan(1);
    expect(page.items).toHaveLength(page.total);
    for (const item of page.items) {
      expect(item).toEqual((await api.get(detail(item)).expect(200)).body);
      expect(keysOf(item).filter((key) => STORAGE_FIELDS.includes(key))).toEqual([]);
    }
  });

  it('shows the later course of each kind of record in its list item', async () => {
    const items = async (list: string) =>
      (await api.read(`${list}?limit=1000`)).body.items as Item[];
    const byId = (all: Item[], id: string) => all.find((item) => item.id === id);
    expect(byId(await items('/units'), 'T1')).toMatchObject({
      posts: [expect.objectContaining({ postLabel: '主要负责人', to: '2025-06-29T16:00:00.000Z' })],
    });
    expect(byId(await items('/agreements'), 'A-T1')).toMatchObject({
      amendments: [expect.anything()],
    });
    expect(byId(await items('/problems'), 'PRB-E1')).toMatchObject({
      status: 'verified',
      statusLabel: '已验收销号',
      dutyLabel: '宣传培训',
      overdue: false,
    });
    expect(byId(await items('/supervision-orders'), 'SO-E1')).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
      subject: { kind: 'hazard', kindLabel: '隐患', id: 'H-E1' },
      replies: [expect.objectContaining({ content: '已整改' })],
    });
    expect(byId(await items('/hazards'), 'H-E1')).toMatchObject({
      status: 'verified',
      statusLabel: '已验收',
    });
    expect(byId(await items('/inspections'), 'INS-F')).toMatchObject({
      kindLabel: expect.any(String),
      findings: [expect.objectContaining({ level: 'major', levelLabel: '重大隐患' })],
    });
    expect(byId(await items('/reports'), 'R-E2')).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
    });
    expect(byId(await items('/incidents'), 'I-E1')).toMatchObject({
      nature: 'liability',
      natureLabel: '责任事故',
      investigation: expect.objectContaining({ status: 'concluded', statusLabel: '已结案' }),
    });
    expect(byId(await items('/incidents'), 'I-E2')).toMatchObject({
      corrections: [
        expect.objectContaining({
          status: 'pending',
          statusLabel: '待审核',
          fieldLabel: '事故简要经过',
          events: [expect.objectContaining({ streamId: 'incident-I-E2' })],
        }),
      ],
    });
    expect(byId(await items('/penalties'), 'PEN-E2')).toMatchObject({
      revoked: true,
      kindLabel: '罚款',
    });
  });

  it('lists the blacklist with the view its listing answered', async () => {
    const listed = await write('/blacklist', {
      enterpriseId: 'E1',
      reason: '发生较大事故',
      listedAt: '2025-06-01T00:00:00+08:00',
    });
    const { position: _position, ...view } = listed.body;
    const page = (await api.read('/blacklist')).body;
    expect(page).toMatchObject({ total: 1, limit: 100, offset: 0 });
    expect(page.items).toEqual([view]);
  });
});
