import { useTestApp } from './support/api';
import { expectedCell, readCsv } from './support/csv';
import { seedDistrict } from './support/district-fixture';

/** Every paged list (`{ items, total, limit, offset }`). */
const PAGED_LISTS = [
  '/units',
  '/agreements',
  '/hazards',
  '/incidents',
  '/inspections',
  '/reports',
  '/penalties',
  '/accountability-actions',
  '/blacklist',
  '/audit/events?limit=1000',
];

const FORMULA = '=HYPERLINK("http://example.com","点我"),有逗号';
const DESCRIPTION = `${FORMULA}\n第二行：高处坠落`;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('lists as CSV (Accept: text/csv)', () => {
  const api = useTestApp();
  let reporter: string;
  let departmentReporter: string;

  beforeAll(async () => {
    await seedDistrict(api);
    await api.write('/incidents', {
      id: 'I-CSV',
      unitId: 'E1',
      industry: 'construction',
      occurredAt: '2025-06-01T09:00:00+08:00',
      reportedAt: '2025-06-01T09:30:00+08:00',
      deaths: 0,
      seriousInjuries: 2,
      directLossYuan: 12345.5,
      description: DESCRIPTION,
    });
    await api.write('/blacklist', {
      enterpriseId: 'E2',
      reason: '重大事故',
      listedAt: '2025-05-01T00:00:00+08:00',
    });
    reporter = await api.userToken('csv-reporter', 'reporter', 'T1');
    departmentReporter = await api.userToken('csv-reporter-B', 'reporter', 'B');
  }, 60_000);

  it.each(PAGED_LISTS)('GET %s: the same items as the JSON page, field by field', async (path) => {
    const json = (await api.read(path)).body as { items: Record<string, unknown>[]; total: number };
    const csv = await readCsv(api.settled(path));
    expect(csv.status).toBe(200);
    expect(csv.contentType).toBe('text/csv; charset=utf-8');
    expect(csv.bytes.subarray(0, 3)).toEqual(BOM);
    expect(csv.headers['x-total-count']).toBe(String(json.total));
    expect(json.items.length).toBeGreaterThan(0);
    const columns = [...new Set(json.items.flatMap((item) => Object.keys(item)))];
    expect(Object.keys(csv.rows[0])).toEqual(columns);
    const expected = json.items.map((item) =>
      Object.fromEntries(columns.map((column) => [column, expectedCell(item[column])])),
    );
    expect(csv.rows).toEqual(expected);
  });

  it('keeps Chinese, quotes, commas and line breaks, and disarms formulas', async () => {
    const csv = await readCsv(api.settled('/incidents'));
    const row = csv.rows.find((r) => r.id === 'I-CSV')!;
    expect(row.description).toBe(`'${DESCRIPTION}`);
    expect(row.directLossYuan).toBe('12345.5');
    expect(csv.bytes.toString('utf8')).toContain(`"'=HYPERLINK(""http://example.com"",""点我"")`);
    const units = await readCsv(api.settled('/units'));
    expect(units.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['示范区', '企业1']));
  });

  it('answers a CSV of the items a scoped reader may see, and only those', async () => {
    const scoped = api.as(reporter);
    const json = (await scoped.read('/incidents')).body as { items: { id: string }[] };
    const csv = await readCsv(scoped.settled('/incidents'));
    expect(csv.rows.map((r) => r.id)).toEqual(json.items.map((item) => item.id));
    expect(csv.rows.map((r) => r.id).sort()).toEqual(['I-CSV', 'I-E1']);
    expect(csv.bytes.toString('utf8')).not.toMatch(/E2|T2/);
  });

  it('writes the items the scope filter keeps, not the page before it', async () => {
    // Department B answers for the construction incidents of D, but its scope holds none of them.
    const admin = (await api.read('/incidents?unitId=B')).body as { items: { id: string }[] };
    expect(admin.items.map((item) => item.id).sort()).toEqual(['I-CSV', 'I-E1', 'I-E2']);
    const scoped = api.as(departmentReporter);
    const json = (await scoped.read('/incidents')).body as { items: { id: string }[] };
    expect(json.items).toEqual([]);
    const csv = await readCsv(scoped.settled('/incidents'));
    expect(csv.status).toBe(200);
    expect(csv.bytes).toEqual(BOM);
  });

  it('answers an empty page with the byte order mark alone', async () => {
    const csv = await readCsv(api.settled('/incidents?year=2030'));
    expect(csv.status).toBe(200);
    expect(csv.bytes).toEqual(BOM);
    expect(csv.headers['x-total-count']).toBe('0');
  });

  it('answers JSON without the Accept header, and to reads that are not paged lists', async () => {
    const plain = await api.settled('/incidents');
    expect(plain.headers['content-type']).toMatch(/^application\/json/);
    expect(plain.headers.vary).toMatch(/Accept/);
    const single = await api.settled('/incidents/I-CSV').set('Accept', 'text/csv');
    expect(single.headers['content-type']).toMatch(/^application\/json/);
    const refused = await api.settled('/incidents?sort=grade').set('Accept', 'text/csv');
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
