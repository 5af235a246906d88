import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import * as XLSX from 'xlsx';
import { LABELS } from '../../src/domain/shared/labels';
import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { asBuffer, useTestApp } from './support/api';
import { WORKBOOK_SHEETS } from './support/standings-tables';
import { appoint, district, enterprise, seedTree, town } from './support/tree';

/** T1's 2025 agreement with D, signed by both principals; `terms` are its indicators and tasks. */
const agreementOfT1 = (terms: object) => ({
  id: 'A-T1',
  year: 2025,
  issuerUnitId: 'D',
  responsibleUnitId: 'T1',
  signedAt: '2025-01-15T10:00:00+08:00',
  signatories: [
    { personId: 'PD', post: 'principal' },
    { personId: 'P1', post: 'principal' },
  ],
  ...terms,
});

describe('the workbook over text stored before the character rule', () => {
  const api = useTestApp();

  it('replaces characters XML cannot carry and stays a well-formed workbook', async () => {
    await seedTree(api, [district('D', '区')]);
    await api.t.app.get<EventStore>(EVENT_STORE).append(
      'unit-T1',
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: { id: 'T1', name: '城\uffff关\u0001镇\ud800', kind: 'town', parentId: 'D' },
          metadata: { actorId: 'old-release', actorRole: 'admin', requestId: 'r-old' },
        },
      ],
      'no_stream',
    );
    const from = '2024-01-01T00:00:00+08:00';
    await appoint(api, 'D', 'PD', 'principal', from, '区长');
    await appoint(api, 'T1', 'P1', 'principal', from, '镇长');
    await api.write(
      '/agreements',
      agreementOfT1({ tasks: [{ code: 'K1', title: '任务', weight: 60 }] }),
    );
    const response = await api.read('/assessments/2025/export.xlsx').buffer(true).parse(asBuffer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const rows = workbook.getWorksheet('考核排名')!.getSheetValues().slice(4) as unknown[][];
    expect(rows.map((row) => row[3])).toEqual(['城\ufffd关\ufffd镇\ufffd']);
  });
});

const OFFICE = '示范区安全生产委员会办公室';

/** Every code of the label catalogue (kinds, grades, posts, forms, rules, finding kinds, ...). */
const CODES = Object.values(LABELS).flatMap((labels) => Object.keys(labels));
const RULE_CODE = /\b(incidents|control_indicator|misreporting):[a-z_]/;

/** The workbook as a second reader (SheetJS, not ExcelJS) sees it. */
function reopen(body: Buffer) {
  const book = XLSX.read(body, { type: 'buffer', bookFiles: true });
  const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  const xml = (path: string) => Buffer.from(files[path].content).toString('utf8');
  const rows = (sheet: string) =>
    XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet], { header: 1, defval: '' });
  return { book, xml, rows };
}

const attribute = (element: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1];

describe('the workbook to hand out', () => {
  const api = useTestApp({ ISSUING_OFFICE: OFFICE });
  const download = async () =>
    Buffer.from(
      (await api.read('/assessments/2025/export.xlsx').buffer(true).parse(asBuffer).expect(200))
        .body as Buffer,
    );

  beforeAll(async () => {
    await seedTree(api, [
      district('D', '示范区'),
      town('T1', 'D', '城关镇'),
      enterprise('E1', 'T1', 'construction', '城关建材公司'),
    ]);
    const from = '2024-01-01T00:00:00+08:00';
    await appoint(api, 'D', 'PD', 'principal', from, '区长');
    await appoint(api, 'T1', 'PS', 'party_secretary', from, '张书记');
    await appoint(api, 'T1', 'P1', 'principal', from, '王镇长');
    await appoint(api, 'E1', 'PE', 'principal', from, '周经理');
    await appoint(api, 'E1', 'PW', 'safety_director', from, '吴安全');
    await api.write(
      '/agreements',
      agreementOfT1({
        controlIndicators: { maxDeaths: 1 },
        tasks: [{ code: 'K1', title: '落实安全生产责任', weight: 60 }],
      }),
    );
    // Larger (3 deaths) and reported two and a half hours late: 迟报, over the death cap, vetoed.
    await api.write('/incidents', {
      id: 'I1',
      unitId: 'E1',
      industry: 'construction',
      occurredAt: '2025-05-01T09:00:00+08:00',
      reportedAt: '2025-05-01T11:30:00+08:00',
      deaths: 3,
      seriousInjuries: 0,
      directLossYuan: 3_000_000,
      description: '脚手架坍塌',
    });
    await api.write('/incidents/I1/investigation', { openedAt: '2025-05-02T09:00:00+08:00' }, 200);
    await api.write(
      '/incidents/I1/investigation/conclusion',
      {
        concludedAt: '2025-06-20T09:00:00+08:00',
        cause: '违规搭设脚手架',
        liable: [
          { personId: 'PE', unitId: 'E1', role: '企业主要负责人', finding: '未履行安全生产职责' },
          { personId: 'PW', unitId: 'E1', role: '安全总监', finding: '隐患排查不到位' },
        ],
        measures: ['全面排查脚手架'],
      },
      200,
    );
    await api.write('/accountability-actions', {
      id: 'ACT1',
      targetUnitId: 'T1',
      form: 'circular',
      decidingUnitId: 'D',
      decidedAt: '2025-07-01T09:00:00+08:00',
      reason: '辖区发生较大事故',
    });
    await api.write('/assessments/2025/units/T1/commendations', {
      level: 'provincial',
      reason: '安全生产工作先进集体',
      awardedAt: '2025-11-01T10:00:00+08:00',
    });
  }, 60_000);

  it('prints on A4 landscape, one page wide, with the title and header rows on every page', async () => {
    const before = Date.now();
    const { book, xml, rows } = reopen(await download());
    expect(book.SheetNames).toEqual(WORKBOOK_SHEETS);
    WORKBOOK_SHEETS.forEach((name, i) => {
      const sheet = xml(`xl/worksheets/sheet${i + 1}.xml`);
      const pageSetup = /<pageSetup\b[^>]*>/.exec(sheet)?.[0] ?? '';
      expect([
        name,
        attribute(pageSetup, 'paperSize'),
        attribute(pageSetup, 'orientation'),
      ]).toEqual([name, '9', 'landscape']);
      expect([attribute(pageSetup, 'fitToWidth'), attribute(pageSetup, 'fitToHeight')]).toEqual([
        '1',
        '0',
      ]);
      expect(sheet).toMatch(/<pageSetUpPr\b[^>]*fitToPage="1"/);
      expect(sheet).toMatch(/<oddFooter>[^<]*&amp;P[^<]*&amp;N[^<]*<\/oddFooter>/);
      expect(book.Sheets[name]['!margins']).toMatchObject({ left: 0.4, top: 0.7 });
      const titles = book.Workbook?.Names?.find(
        (n) => n.Name === '_xlnm.Print_Titles' && n.Sheet === i,
      );
      expect(titles?.Ref).toBe(`'${name}'!$1:$3`);
      const [title, heading] = rows(name);
      expect(title[0]).toBe(`2025年度安全生产目标责任考核结果\u3000${name}`);
      expect(heading[0]).toMatch(
        new RegExp(`^发文单位：${OFFICE}\u3000+考核年度：2025\u3000+状态：草稿`),
      );
    });
    const props = book.Props!;
    expect(props).toMatchObject({
      Author: OFFICE,
      Title: '2025年度安全生产目标责任考核结果（草稿）',
      Subject: '安全生产目标责任考核',
    });
    // Created when read (the file's times have whole seconds).
    expect(props.CreatedDate!.getTime()).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(props.CreatedDate!.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it('says everything in Chinese: no code of the catalogue in parentheses, no rule code, in any cell', async () => {
    const { rows } = reopen(await download());
    const cells = WORKBOOK_SHEETS.flatMap((name) =>
      rows(name).flatMap((row, r) => row.map((cell, c) => ({ name, r, c, text: String(cell) }))),
    );
    const leaks = cells.filter(
      ({ text }) =>
        RULE_CODE.test(text) ||
        CODES.some(
          (code) => text === code || text.includes(`（${code}）`) || text.includes(`(${code})`),
        ),
    );
    expect(leaks).toEqual([]);
    const texts = cells.map((cell) => cell.text);
    // The lines that used to leak codes are there, in Chinese.
    expect(texts).toEqual(expect.arrayContaining(['控制指标超标：死亡人数', '发生较大事故及以上']));
    expect(texts.some((t) => t.startsWith('迟报：事故 I1'))).toBe(true);
    expect(texts.some((t) => t.startsWith('通报批评：'))).toBe(true);
    expect(texts).toContain('省级表彰');
    expect(texts).toEqual(expect.arrayContaining(['乡镇/街道', '不合格', '工作成效']));
  });

  it('names each barred person with their own unit and post', async () => {
    const { rows } = reopen(await download());
    const [, , header, ...bars] = rows('取消提拔资格');
    const column = (title: string) => header.indexOf(title);
    const shown = bars
      .map((row) => [
        row[column('姓名')],
        row[column('所在单位')],
        row[column('职务')],
        row[column('被否决单位')],
      ])
      .sort();
    expect(shown).toEqual(
      [
        ['张书记', '城关镇', '党委书记', '城关镇'],
        ['王镇长', '城关镇', '主要负责人', '城关镇'],
        ['周经理', '城关建材公司', '主要负责人', '城关镇'],
        ['吴安全', '城关建材公司', '安全总监', '城关镇'],
      ].sort(),
    );
  });

  it('says 定稿 once the year is finalised', async () => {
    await api.write(
      '/assessments/2025/finalization',
      { finalizedAt: '2026-01-20T10:00:00+08:00' },
      200,
    );
    const { book, rows } = reopen(await download());
    expect(book.Props!.Title).toBe('2025年度安全生产目标责任考核结果（定稿）');
    for (const name of WORKBOOK_SHEETS)
      expect(rows(name)[1][0]).toMatch(/状态：定稿（2026-01-20 10:00 定稿）/);
  });
});
