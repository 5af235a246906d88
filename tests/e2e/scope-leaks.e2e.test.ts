import * as XLSX from 'xlsx';
import { pdfText } from '../support/pdf-text';
import { asBuffer, useTestApp } from './support/api';
import { readCsv, rowValues } from './support/csv';
import { baseUrl, FeedClient } from './support/sse';
import { seedDistrict } from './support/district-fixture';
import { appoint } from './support/tree';

/** Everything the fixture created in T2 (the other town), by the ids and streams that name it. */
const FOREIGN = [
  'T2',
  'E2',
  'A-T2',
  'H-E2',
  'I-E2',
  'INS-E2',
  'R-E2',
  'PEN-E2',
  'ACT-T2',
  'PAT-T2',
  'PRB-E2',
  'SO-E2',
];

describe('a town user never sees another town', () => {
  const api = useTestApp();

  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    await seedDistrict(api);
    await api.write('/blacklist', {
      enterpriseId: 'E2',
      reason: '重大事故',
      listedAt: '2025-05-01T00:00:00+08:00',
    });
    // PM served both towns: T2's deputy in charge when I-E2 occurred, then T1's.
    await appoint(api, 'T2', 'PM', 'deputy_in_charge', '2024-01-01T00:00:00+08:00', '调任者');
    await api.write(
      '/units/T2/appointments/PM/end',
      { post: 'deputy_in_charge', to: '2025-06-01T00:00:00+08:00' },
      200,
    );
    await appoint(api, 'T1', 'PM', 'deputy_in_charge', '2025-06-01T00:00:00+08:00', '调任者');
    for (const role of ['reporter', 'auditor', 'office', 'inspector'])
      tokens[role] = await api.userToken(`leak-${role}`, role, 'T1');
  }, 60_000);

  const read = async (role: string, path: string) => {
    const response = await api.as(tokens[role]).settled(path);
    return { status: response.status, text: JSON.stringify(response.body) };
  };
  const leaks = (text: string) =>
    FOREIGN.filter((id) => new RegExp(`"(${id})"|-${id}"`).test(text));

  const LIST_READS = [
    '/units',
    '/agreements',
    '/agreements?year=2025',
    '/hazards',
    '/incidents',
    '/incidents?year=2025',
    '/inspections',
    '/reports',
    '/penalties',
    '/accountability-actions',
    '/patrols',
    '/problems',
    '/problems?overdue=true',
    '/supervision-orders',
    '/supervision-orders?overdue=true',
    '/problem-ledger?unitId=T1&year=2025&items=true',
    '/escalations?year=2025',
    '/escalations?year=2025&form=interview&handled=false',
    '/escalations?year=2025&asOf=2100-01-01T00:00:00Z',
    '/blacklist',
    '/blacklist/candidates',
    '/assessments/2025',
    '/assessments/2025/promotion-bars',
    '/assessments/2025/award-disqualifications',
    '/assessments/2025/quarters/1',
    '/assessments/2025/quarters/2?kind=town',
    '/assessments/2025/quarters/4?asOf=2100-01-01T00:00:00Z',
    '/audit/events',
    '/persons',
    `/persons?name=${encodeURIComponent('调任')}`,
  ];

  it.each(LIST_READS)('GET %s shows nothing of T2', async (path) => {
    const role = path.startsWith('/audit') ? 'auditor' : 'reporter';
    const { status, text } = await read(role, path);
    expect(status).toBe(200);
    expect(leaks(text)).toEqual([]);
  });

  it.each([
    '/persons/P1/dossier',
    '/persons/PM/dossier',
    '/persons/PM/dossier?asOf=2100-01-01T00:00:00Z',
  ])('GET %s shows only the lines of T1', async (path) => {
    const { status, text } = await read('auditor', path);
    expect(status).toBe(200);
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('"T1"');
  });

  it("would notice a leak in a dossier: an admin sees the other town's post and incident of PM", async () => {
    tokens.admin = api.token;
    const { text } = await read('admin', '/persons/PM/dossier');
    expect(leaks(text)).toEqual(['T2', 'E2', 'I-E2']);
  });

  it('writes no line of T2 into the dossier workbook of a person who served both towns', async () => {
    const response = await api
      .as(tokens.auditor)
      .settled('/persons/PM/dossier.xlsx')
      .buffer(true)
      .parse(asBuffer);
    expect(response.status).toBe(200);
    const book = XLSX.read(response.body as Buffer, { type: 'buffer' });
    const text = JSON.stringify(
      book.SheetNames.map((name) => XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 })),
    );
    expect(text).toContain('镇1');
    expect(text).not.toMatch(/镇2|企业2|\bT2\b|I-E2/);
  });

  it('writes no unit of T2 into any sheet of the year workbook, quarter sheets included', async () => {
    const download = async (token: string) => {
      const response = await api
        .as(token)
        .settled('/assessments/2025/export.xlsx')
        .buffer(true)
        .parse(asBuffer);
      expect(response.status).toBe(200);
      const book = XLSX.read(response.body as Buffer, { type: 'buffer' });
      expect(book.SheetNames).toEqual(expect.arrayContaining(['第一季度考评', '第四季度考评']));
      return JSON.stringify(
        book.SheetNames.map((name) => XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 })),
      );
    };
    const scoped = await download(tokens.reporter);
    expect(scoped).toContain('"T1"');
    expect(leaks(scoped)).toEqual([]);
    expect(leaks(await download(api.token))).toContain('T2');
  });

  /** The paged lists, as CSV: what a spreadsheet user gets. */
  const CSV_READS = LIST_READS.filter(
    (path) =>
      !path.startsWith('/assessments') &&
      !path.startsWith('/problem-ledger') &&
      !path.startsWith('/escalations') &&
      path !== '/blacklist/candidates',
  );
  const readCsvAs = async (role: string, path: string) => {
    const csv = await readCsv(api.as(tokens[role]).settled(path));
    return { status: csv.status, text: JSON.stringify(csv.rows.map(rowValues)) };
  };

  it.each(CSV_READS)('GET %s as CSV shows nothing of T2', async (path) => {
    const role = path.startsWith('/audit') ? 'auditor' : 'reporter';
    const { status, text } = await readCsvAs(role, path);
    expect(status).toBe(200);
    expect(leaks(text)).toEqual([]);
  });

  it('would notice a leak in a CSV: an admin does see the other town there', async () => {
    tokens.admin = api.token;
    for (const path of ['/incidents', '/hazards', '/audit/events?limit=1000', '/blacklist']) {
      expect([path, leaks((await readCsvAs('admin', path)).text).length > 0]).toEqual([path, true]);
    }
  });

  /** The event feed of `token` until it has sent the last event of its audit trail. */
  const feedText = async (token: string) => {
    const trail = await api.as(token).read('/audit/events?limit=1');
    const feed = await FeedClient.open(await baseUrl(api.t), token);
    try {
      expect(feed.status).toBe(200);
      await feed.until((f) => f.ids.at(-1) === trail.body.items[0].position);
      return JSON.stringify(feed.data);
    } finally {
      await feed.close();
    }
  };

  it('GET /feed (server-sent events) sends nothing of T2', async () => {
    const text = await feedText(tokens.auditor);
    expect(text).toContain('incident-I-E1');
    expect(leaks(text)).toEqual([]);
    expect(leaks(await feedText(api.token)).length).toBeGreaterThan(0);
  });

  it('would notice a leak: an admin does see the other town in the same reads', async () => {
    tokens.admin = api.token;
    for (const path of [
      '/assessments/2025/quarters/1',
      '/incidents',
      '/hazards',
      '/patrols',
      '/problems',
      '/supervision-orders',
      '/problem-ledger?unitId=D&year=2025&items=true',
      '/escalations?year=2025',
      '/escalations?year=2025&asOf=2100-01-01T00:00:00Z',
      '/assessments/2025',
      '/audit/events?limit=1000',
      '/blacklist',
    ]) {
      expect([path, leaks((await read('admin', path)).text).length > 0]).toEqual([path, true]);
    }
  });

  it("GET /incidents/I-E1/evidence (the town's incident) holds nothing of T2", async () => {
    const { status, text } = await read('reporter', '/incidents/I-E1/evidence');
    expect(status).toBe(200);
    expect(text).toContain('incident-I-E1');
    expect(leaks(text)).toEqual([]);
  });

  it('still shows the user its own town', async () => {
    expect((await read('reporter', '/patrols')).text).toContain('PAT-T1');
    expect((await read('reporter', '/problems')).text).toContain('PRB-E1');
    expect((await read('reporter', '/supervision-orders')).text).toContain('SO-E1');
    expect((await read('reporter', '/escalations?year=2025')).text).toContain('problem-PRB-E1');
    expect((await read('reporter', '/assessments/2025/quarters/3')).text).toContain('"T1"');
    expect((await read('reporter', '/incidents')).text).toContain('I-E1');
    expect((await read('reporter', '/hazards')).text).toContain('H-E1');
    expect((await read('reporter', '/assessments/2025')).text).toContain('"T1"');
    expect((await read('auditor', '/audit/events?limit=1000')).text).toContain('incident-I-E1');
  });

  it('refuses single reads, chains, ledgers and scores of the other town', async () => {
    for (const path of [
      '/incidents/I-E2',
      '/incidents/I-E2/responsibility-chain',
      '/incidents/I-E2/evidence',
      '/responsibility-chain?unitId=E2&at=2025-06-01T00:00:00Z',
      '/hazard-ledger?unitId=T2&year=2025',
      '/hazard-ledger?unitId=T2&year=2025&byMonth=true&items=true',
      '/assessments/2025/units/T2',
      '/assessments/2025/units/T2/notice.pdf',
      '/assessments/2025/quarters/2?parentId=T2',
      '/assessments/2025/quarters/2?parentId=D',
      '/agreements/coverage?year=2025&unitId=T2',
      '/hazards?unitId=T2',
      '/incidents?unitId=D',
      '/audit/streams/incident-I-E2',
      '/persons/P2/dossier',
      '/persons/P2/dossier.xlsx',
      '/persons/PD/dossier',
      '/persons?unitId=T2',
      '/patrols/PAT-T2',
      '/problems/PRB-E2',
      '/supervision-orders/SO-E2',
      '/patrols?leadUnitId=T2',
      '/problems?unitId=T2',
      '/supervision-orders?unitId=E2',
      '/problem-ledger?unitId=T2&year=2025',
      '/escalations?year=2025&unitId=T2',
      '/escalations?year=2025&unitId=E2&asOf=2100-01-01T00:00:00Z',
    ]) {
      const role = path.startsWith('/audit') ? 'auditor' : 'reporter';
      expect([path, (await read(role, path)).status]).toEqual([path, 403]);
    }
  });

  it('prints only units in scope in the year report PDF, all of them for an admin', async () => {
    const textAs = async (token: string) => {
      const response = await api
        .as(token)
        .settled('/assessments/2025/report.pdf')
        .buffer(true)
        .parse(asBuffer);
      expect(response.status).toBe(200);
      const { pages } = await pdfText(response.body as Buffer);
      return pages.map((p) => p.text).join('');
    };
    const scoped = await textAs(tokens.reporter);
    expect(scoped).toContain('镇1');
    expect(scoped).not.toContain('镇2');
    expect(await textAs(api.token)).toContain('镇2');
  });

  it('prints the notice of a unit in scope', async () => {
    const response = await api
      .as(tokens.reporter)
      .settled('/assessments/2025/units/T1/notice.pdf')
      .buffer(true)
      .parse(asBuffer);
    expect(response.status).toBe(200);
    expect((await pdfText(response.body as Buffer)).pages[0].text).toContain('镇1');
  });
});
