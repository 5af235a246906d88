import * as XLSX from 'xlsx';
import { LABELS } from '../../src/domain/shared/labels';
import { DOSSIER_SHEETS } from '../../src/modules/inquiries/export/dossier-workbook';
import { asBuffer, expectProblem, useTestApp } from './support/api';
import { seedDistrictYear } from './support/district-year';

interface Ref {
  streamId: string;
  eventId: string;
}
interface Line {
  events: Ref[];
  [field: string]: unknown;
}

/** Every code of the label catalogue (kinds, grades, posts, forms, rules, standings, ...). */
const CODES = Object.values(LABELS).flatMap((labels) => Object.keys(labels));
const RULE_CODE = /\b(incidents|control_indicator|misreporting):[a-z_]/;

describe('persons and their dossiers in the district year (纪检监察)', () => {
  const api = useTestApp();
  let beforeConcealment = '';
  const tokens: Record<string, string> = {};
  const dossierOf = async (personId: string, query = '', token = api.token) =>
    (await api.as(token).read(`/persons/${personId}/dossier${query}`)).body;

  beforeAll(async () => {
    ({ beforeConcealment } = await seedDistrictYear(api));
    tokens.t1 = await api.userToken('auditor-T1', 'auditor', 'T1');
    tokens.t3 = await api.userToken('auditor-T3', 'auditor', 'T3');
  }, 60_000);

  const streams = (lines: Line[]) => lines.flatMap((l) => l.events.map((e) => e.streamId));

  it("lists exactly the barred town principal's post, vetoing incident, action and bar, each with its events", async () => {
    const d = await dossierOf('P1b');
    expect(d).toMatchObject({ personId: 'P1b', names: ['姓名P1b'], asOf: null });
    expect(d.posts).toEqual([
      {
        personName: '姓名P1b',
        unitId: 'T1',
        unitName: '镇T1',
        unitKind: 'town',
        unitKindLabel: '乡镇/街道',
        post: 'principal',
        postLabel: '主要负责人',
        portfolioIndustries: [],
        portfolioIndustriesLabels: [],
        from: '2025-06-30T16:00:00.000Z',
        to: null,
        events: [{ streamId: 'unit-T1', eventId: expect.any(String) }],
      },
    ]);
    expect(d.incidents.map((i: Line) => i.incidentId)).toEqual(['I-L']);
    const [larger] = d.incidents;
    expect(larger).toMatchObject({
      unitId: 'E1',
      grade: 'larger',
      nature: 'liability',
      deaths: 3,
      findings: [],
      standings: [{ as: 'head', unitId: 'T1', post: 'principal', events: d.posts[0].events }],
    });
    expect(streams([larger])).toContain('incident-I-L');
    const [cost] = larger.costs;
    expect(cost).toMatchObject({ unitId: 'T1', year: 2025, assessed: true });
    expect(cost.vetoes.map((v: { rule: string }) => v.rule)).toEqual([
      'incidents:larger:1',
      'control_indicator:maxDeaths',
    ]);
    // Its own 10 points and the broken death cap (5); T1's outcome floor is no cost of I-L's.
    expect(cost.items.map((i: { rule: string }) => i.rule)).toEqual([
      'larger_or_worse_incident',
      'control_indicator_exceeded',
    ]);
    expect(cost.points).toBe(-15);
    for (const line of [...cost.items, ...cost.vetoes]) {
      expect(streams([line])).toContain('incident-I-L');
    }
    expect(d.promotionBars).toEqual([
      expect.objectContaining({ year: 2025, barredYear: 2026, unitId: 'T1', post: 'principal' }),
    ]);
    expect(streams(d.promotionBars)).toEqual(expect.arrayContaining(['incident-I-L', 'unit-T1']));
    expect(d.accountabilityActions).toEqual([
      expect.objectContaining({ actionId: 'ACT2', form: 'circular', targetUnitId: 'T1' }),
    ]);
    expect(streams(d.accountabilityActions)).toEqual(['accountability-ACT2']);
    expect(d.agreements).toEqual([]);
    expect(d.misreportingFindings).toEqual([]);
    expect(d.liableFindings).toEqual([]);
    expect(d.overdueMajorHazards).toEqual([]);
  });

  it('shows the person found liable (without a post) with the liable finding and both bars', async () => {
    const d = await dossierOf('PE1');
    expect(d.posts).toEqual([]);
    expect(d.incidents.map((i: Line) => [i.incidentId, (i.standings as Line[])[0].as])).toEqual([
      ['I-L', 'liable'],
    ]);
    expect(d.liableFindings).toEqual([
      expect.objectContaining({ incidentId: 'I-L', role: '企业主要负责人', nature: 'liability' }),
    ]);
    expect(d.promotionBars.map((b: { unitId: string }) => b.unitId).sort()).toEqual(['B', 'T1']);
  });

  it('lists the agreement the earlier principal signed, and what a finding years later cost', async () => {
    const p1a = await dossierOf('P1a');
    expect(p1a.agreements).toEqual([
      expect.objectContaining({ agreementId: 'A-T1', side: 'responsible', by: 'signing' }),
    ]);
    expect(streams(p1a.agreements)).toEqual(['agreement-A-T1']);
    expect(p1a.incidents.map((i: Line) => i.incidentId)).toEqual(['I-LATE']);
    expect(p1a.promotionBars).toEqual([]);
    const p2 = await dossierOf('P2');
    const old = p2.incidents.find((i: Line) => i.incidentId === 'I-OLD');
    expect(old.findings.map((f: { kind: string }) => f.kind)).toEqual(['concealed']);
    const in2025 = old.costs.find((c: { year: number }) => c.year === 2025);
    expect(in2025.items.map((i: { rule: string }) => i.rule)).toEqual(['misreporting_finding']);
    expect(old.costs.find((c: { year: number }) => c.year === 2023)).toMatchObject({
      assessed: false,
      items: [],
    });
  });

  it('answers as recorded before the concealment was established', async () => {
    const then = await dossierOf('P2', `?asOf=${encodeURIComponent(beforeConcealment)}`);
    expect(then.asOf).toBe(beforeConcealment);
    const old = then.incidents.find((i: Line) => i.incidentId === 'I-OLD');
    expect(old.findings).toEqual([]);
    expect(old.costs.map((c: { year: number }) => c.year)).toEqual([2023]);
  });

  it('keeps to a window', async () => {
    const d = await dossierOf('P1a', '?from=2025-04-01T00:00:00%2B08:00');
    expect(d.incidents).toEqual([]);
    expect(d.agreements).toEqual([]);
    expect(d.posts.map((p: { unitId: string }) => p.unitId)).toEqual(['T1']);
    const refused = await api.get(
      '/persons/P1a/dossier?from=2025-04-01T00:00:00Z&to=2025-01-01T00:00:00Z',
    );
    expectProblem(refused, 400);
  });

  it('answers 404 for a person no record names', async () => {
    expectProblem(await api.get('/persons/NOBODY/dossier'), 404);
  });

  it('lets an auditor of the town read it, and refuses an auditor of another town', async () => {
    const own = await dossierOf('P1b', '', tokens.t1);
    expect(own.incidents.map((i: Line) => i.incidentId)).toEqual(['I-L']);
    expect(own.promotionBars).toHaveLength(1);
    expectProblem(await api.as(tokens.t3).settled('/persons/P1b/dossier'), 403);
    expectProblem(await api.as(tokens.t3).settled('/persons/P1b/dossier.xlsx'), 403);
    expectProblem(await api.as(tokens.t1).settled('/persons/PD/dossier'), 403);
  });

  it("gives another town's auditor an empty dossier of a person named only by the investigation", async () => {
    const d = await dossierOf('PE1', '', tokens.t3);
    for (const section of [
      'posts',
      'agreements',
      'incidents',
      'misreportingFindings',
      'liableFindings',
      'accountabilityActions',
      'promotionBars',
      'overdueMajorHazards',
    ]) {
      expect([section, d[section]]).toEqual([section, []]);
    }
    expect(JSON.stringify(d)).not.toMatch(/"(T1|E1|I-L)"|-(T1|E1|I-L)[/"]/);
  });

  it('lists the persons who held a post, in scope, with a name filter', async () => {
    const all = (await api.read('/persons?limit=1000')).body;
    expect(all.items.map((p: { personId: string }) => p.personId)).toEqual(
      expect.arrayContaining(['P1a', 'P1b', 'PD', 'PC', 'P2', 'S1', 'DP1']),
    );
    expect(all.items.map((p: { personId: string }) => p.personId)).not.toContain('PE1');
    const named = (await api.read(`/persons?name=${encodeURIComponent('姓名P1')}`)).body;
    expect(named.items.map((p: { personId: string }) => p.personId)).toEqual(['P1a', 'P1b']);
    expect(named.total).toBe(2);
    const town = (await api.as(tokens.t1).read('/persons')).body;
    expect(town.items.map((p: { personId: string }) => p.personId)).toEqual([
      'DP1',
      'P1a',
      'P1b',
      'S1',
    ]);
    expect(town.items[1]).toEqual({
      personId: 'P1a',
      names: ['姓名P1a'],
      posts: [
        expect.objectContaining({
          unitId: 'T1',
          post: 'principal',
          to: '2025-06-30T16:00:00.000Z',
          events: [expect.any(Object), expect.any(Object)],
        }),
      ],
    });
    expectProblem(await api.as(tokens.t1).settled('/persons?unitId=T2'), 403);
  });

  describe('the dossier as a workbook', () => {
    const reopen = async (path: string) => {
      const response = await api.read(path).buffer(true).parse(asBuffer);
      expect(response.headers['content-type']).toMatch(/spreadsheetml/);
      const book = XLSX.read(response.body as Buffer, { type: 'buffer' });
      const rows = (sheet: string) =>
        XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet], { header: 1, defval: '' });
      return { book, rows };
    };

    it('has one sheet per section, Chinese headings, and the events of each row', async () => {
      const { book, rows } = await reopen('/persons/P1b/dossier.xlsx');
      expect(book.SheetNames).toEqual([...DOSSIER_SHEETS]);
      const [title, heading, header, ...posts] = rows('任职情况');
      expect(title[0]).toBe('姓名P1b（P1b）安全生产履职档案\u3000任职情况');
      expect(heading[0]).toMatch(/^发文单位：.+\u3000+人员：姓名P1b（P1b）/);
      expect(header).toEqual([
        '单位',
        '单位编码',
        '单位类型',
        '职务',
        '分管领域',
        '起始时间',
        '终止时间',
        '依据事件',
      ]);
      expect(posts).toEqual([
        [
          '镇T1',
          'T1',
          '乡镇/街道',
          '主要负责人',
          '',
          '2025-07-01 00:00',
          '至今',
          expect.stringMatching(/^unit-T1\//),
        ],
      ]);
      const [, , incidentHeader, incident] = rows('责任链事故');
      expect(incident[incidentHeader.indexOf('事故等级')]).toBe('较大事故');
      expect(incident[incidentHeader.indexOf('责任身份')]).toBe(
        '镇T1\u3000党政主要负责人（主要负责人）',
      );
      expect(String(incident[incidentHeader.indexOf('依据事件')])).toMatch(/incident-I-L\//);
      const [, , barHeader, bar] = rows('取消提拔资格');
      expect([bar[barHeader.indexOf('取消年度')], bar[barHeader.indexOf('被否决单位')]]).toEqual([
        2026,
        '镇T1',
      ]);
      expect(String(bar[barHeader.indexOf('依据事件')])).toMatch(/incident-I-L\//);
    });

    it('says everything in Chinese: no code of the catalogue, no rule code, in any cell', async () => {
      for (const path of [
        '/persons/P1b/dossier.xlsx',
        '/persons/P2/dossier?format=xlsx',
        '/persons/PE1/dossier.xlsx',
      ]) {
        const { book, rows } = await reopen(path);
        const cells = book.SheetNames.flatMap((name) =>
          rows(name).flatMap((row) => row.map((cell) => String(cell))),
        );
        const leaks = cells.filter(
          (text) =>
            RULE_CODE.test(text) ||
            CODES.some(
              (code) => text === code || text.includes(`（${code}）`) || text.includes(`(${code})`),
            ),
        );
        expect([path, leaks]).toEqual([path, []]);
      }
    });
  });
});
