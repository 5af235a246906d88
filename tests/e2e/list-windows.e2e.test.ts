import { expectProblem, fieldsOf, useTestApp } from './support/api';
import { department, district, enterprise, seedTree, town } from './support/tree';

/** Three records per list, at these times (UTC); posted out of time order. */
const TIMES = ['2025-03-01T00:00:00.000Z', '2025-03-02T00:00:00.000Z', '2025-03-03T00:00:00.000Z'];
const POSTED = [1, 0, 2];
/** TIMES[n] as China Standard Time, as a client in the office writes it. */
const cst = (n: number) => TIMES[n].replace('T00:00:00.000Z', 'T08:00:00+08:00');
const later = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * 86_400_000).toISOString();

interface ListCase {
  path: string;
  /** The business time `from`/`to` bound. */
  time: string;
  prefix: string;
  body: (id: string, at: string) => object;
}

const LISTS: ListCase[] = [
  {
    path: '/incidents',
    time: 'occurredAt',
    prefix: 'I',
    body: (id, at) => ({
      id,
      unitId: 'E1',
      industry: 'construction',
      occurredAt: at,
      reportedAt: later(at, 0.01),
      deaths: 0,
      seriousInjuries: 1,
      directLossYuan: 1000,
      description: '物体打击',
    }),
  },
  {
    path: '/hazards',
    time: 'identifiedAt',
    prefix: 'H',
    body: (id, at) => ({
      id,
      unitId: 'E1',
      level: 'general',
      description: '消防通道堵塞',
      identifiedAt: at,
      deadline: later(at, 14),
    }),
  },
  {
    path: '/inspections',
    time: 'conductedAt',
    prefix: 'INS',
    body: (id, at) => ({
      id,
      inspectedUnitId: 'E1',
      inspectingUnitId: 'B',
      kind: 'routine',
      conductedAt: at,
      inspectors: ['检查员'],
      findings: [],
    }),
  },
  {
    path: '/reports',
    time: 'receivedAt',
    prefix: 'R',
    body: (id, at) => ({
      id,
      subjectUnitId: 'E1',
      receivedAt: at,
      content: '举报',
      anonymous: true,
    }),
  },
  {
    path: '/penalties',
    time: 'decidedAt',
    prefix: 'PEN',
    body: (id, at) => ({
      id,
      enterpriseId: 'E1',
      enforcingUnitId: 'B',
      kind: 'fine',
      amountYuan: 50000,
      caseNo: `案-${id}`,
      basis: '安全生产法',
      decidedAt: at,
      phase: 'post_incident',
    }),
  },
  {
    path: '/accountability-actions',
    time: 'decidedAt',
    prefix: 'ACT',
    body: (id, at) => ({
      id,
      targetUnitId: 'T1',
      form: 'interview',
      decidingUnitId: 'D',
      decidedAt: at,
      reason: '约谈',
    }),
  },
];

describe('lists by business time (from/to) and in an order (sort)', () => {
  const api = useTestApp();

  beforeAll(async () => {
    await seedTree(api, [
      district('D'),
      department('B', 'D', ['construction'], '住建局'),
      town('T1', 'D', '城关镇'),
      enterprise('E1', 'T1', 'construction', '建筑公司'),
    ]);
    for (const list of LISTS) {
      for (const n of POSTED) await api.write(list.path, list.body(`${list.prefix}${n}`, TIMES[n]));
    }
  }, 60_000);

  const ids = (items: Array<Record<string, unknown>>) => items.map((item) => item.id);
  const page = async (list: ListCase, query: Record<string, string | number>) => {
    const response = await api.settled(list.path).query(query).expect(200);
    return { ids: ids(response.body.items), total: response.body.total as number };
  };
  const named = (list: ListCase, ...ns: number[]) => ns.map((n) => `${list.prefix}${n}`);

  it.each(LISTS)('$path: from is included, to is excluded, at any offset', async (list) => {
    expect(await page(list, { from: cst(1), to: cst(2) })).toEqual({
      ids: named(list, 1),
      total: 1,
    });
    expect(await page(list, { from: TIMES[1] })).toEqual({ ids: named(list, 2, 1), total: 2 });
    expect(await page(list, { to: TIMES[1] })).toEqual({ ids: named(list, 0), total: 1 });
    expect(await page(list, { from: cst(1), to: TIMES[1] })).toEqual({ ids: [], total: 0 });
    const items = (await api.settled(list.path).query({ from: cst(1), to: cst(2) })).body.items;
    expect(items.map((item: Record<string, string>) => item[list.time])).toEqual([TIMES[1]]);
  });

  it.each(LISTS)('$path: newest first unless sort says otherwise', async (list) => {
    const window = { from: TIMES[0], to: TIMES[2] };
    expect(await page(list, window)).toEqual({ ids: named(list, 1, 0), total: 2 });
    expect(await page(list, { ...window, sort: `-${list.time}` })).toEqual({
      ids: named(list, 1, 0),
      total: 2,
    });
    expect(await page(list, { ...window, sort: list.time })).toEqual({
      ids: named(list, 0, 1),
      total: 2,
    });
    expect(await page(list, { sort: list.time, limit: 1, offset: 1 })).toEqual({
      ids: named(list, 1),
      total: 3,
    });
  });

  it.each(LISTS)('$path: refuses a window that ends before it starts', async (list) => {
    const response = await api.get(list.path).query({ from: TIMES[2], to: TIMES[1] });
    expectProblem(response, 400, 'invalid_input');
    expect(fieldsOf(response.body)).toEqual(['to']);
  });

  it.each(LISTS)('$path: refuses a time without an offset and an unknown order', async (list) => {
    const local = await api.get(list.path).query({ from: '2025-03-01T08:00:00' });
    expectProblem(local, 400, 'invalid_input');
    expect(fieldsOf(local.body)).toEqual(['from']);
    const unknown = await api.get(list.path).query({ sort: 'description' });
    expectProblem(unknown, 400, 'invalid_input');
    expect(unknown.body.errors).toEqual([
      { field: 'sort', message: `sort must be one of: -${list.time}, ${list.time}` },
    ]);
  });

  it('windows and orders overdue hazards too (a page cut in memory)', async () => {
    const hazards = LISTS.find((list) => list.path === '/hazards')!;
    expect(
      await page(hazards, { overdue: 'true', from: TIMES[0], to: TIMES[2], sort: 'identifiedAt' }),
    ).toEqual({ ids: ['H0', 'H1'], total: 2 });
    expect(await page(hazards, { overdue: 'false', from: TIMES[0] })).toEqual({
      ids: [],
      total: 0,
    });
  });

  it('windows the incidents a department answers for', async () => {
    const incidents = LISTS[0];
    expect(await page(incidents, { unitId: 'B', from: TIMES[1], sort: 'occurredAt' })).toEqual({
      ids: ['I1', 'I2'],
      total: 2,
    });
  });
});
