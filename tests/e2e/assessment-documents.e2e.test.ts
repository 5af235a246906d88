import { pdfText, type PdfText } from '../support/pdf-text';
import { asBuffer, expectProblem, useTestApp } from './support/api';
import { agreementBody, incidentBody } from './support/bodies';
import { appoint, district, enterprise, seedTree, town } from './support/tree';

const OFFICE = '示范区安全生产委员会办公室';
const FROM = '2024-01-01T00:00:00+08:00';
/** Enough towns for the towns' league table to run onto a second page. */
const MORE_TOWNS = 40;

/**
 * 示范区 D with 城关镇 T1 (a larger incident at its enterprise E1, nature not yet concluded: T1 is
 * vetoed, provisionally, and its principal barred), 新华镇 T2 (a general incident at E2) and 40
 * more towns, every town with an agreement for 2025. The PDFs are read back by PDF.js.
 */
describe('printable assessment documents (PDF)', () => {
  const api = useTestApp({ ISSUING_OFFICE: OFFICE }, undefined, { docs: true });

  const download = async (path: string) => {
    const response = await api.read(path).buffer(true).parse(asBuffer);
    return { response, pdf: response.body as Buffer };
  };
  const read = async (path: string): Promise<PdfText> => pdfText((await download(path)).pdf);

  beforeAll(async () => {
    await seedTree(api, [
      district('D', '示范区'),
      town('T1', 'D', '城关镇'),
      town('T2', 'D', '新华镇'),
      enterprise('E1', 'T1', 'construction', '宏建建筑公司'),
      enterprise('E2', 'T2', 'construction', '新华建材厂'),
    ]);
    await appoint(api, 'D', 'PD', 'principal', FROM, '赵区长');
    await appoint(api, 'T1', 'P1', 'principal', FROM, '王镇长');
    await appoint(api, 'T2', 'P2', 'principal', FROM, '李镇长');
    await api.write('/agreements', agreementBody('T1', ['D', 'PD'], 'P1'));
    await api.write('/agreements', agreementBody('T2', ['D', 'PD'], 'P2'));
    for (let n = 1; n <= MORE_TOWNS; n++) {
      await seedTree(api, [town(`TX${n}`, 'D', `第${n}镇`)]);
      await appoint(api, `TX${n}`, `PX${n}`, 'principal', FROM, `镇长${n}`);
      await api.write('/agreements', agreementBody(`TX${n}`, ['D', 'PD'], `PX${n}`));
    }
    await api.write('/assessments/2025/units/T1/task-scores', {
      taskCode: 'K1',
      score: 52.5,
      evaluatedAt: '2025-12-20T09:00:00+08:00',
      evidence: '考核材料',
    });
    await api.write('/incidents', incidentBody('I-L', 'E1', { deaths: 3, description: '坍塌' }));
    await api.write('/incidents', incidentBody('I-G', 'E2'));
  }, 120_000);

  it('notice: 考核结果通知书 of a unit, page 1 naming the office, the unit, its score and 草稿', async () => {
    const { response, pdf } = await download('/assessments/2025/units/T1/notice.pdf');
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^inline; filename="assessment-2025-T1-notice\.pdf"; filename\*=UTF-8''/,
    );
    expect(decodeURIComponent(response.headers['content-disposition'].split("''")[1])).toBe(
      '2025年度考核结果通知书-城关镇.pdf',
    );
    const unit = (await api.read('/assessments/2025/units/T1')).body;
    expect(unit.vetoed).toBe(true);
    const { pages, info } = await pdfText(pdf);
    const first = pages[0];
    expect([Math.round(first.width), Math.round(first.height)]).toEqual([595, 842]);
    expect(first.text).toContain(OFFICE);
    expect(first.text).toContain('2025年度安全生产目标责任考核结果通知书');
    expect(first.text).toContain('城关镇');
    expect(first.text).toContain(`${Number(unit.score).toFixed(2)} 分`);
    expect(first.text).toContain('草稿');
    expect(first.text).toContain('不合格');
    expect(info).toMatchObject({ Author: OFFICE, Title: '2025年度安全生产目标责任考核结果通知书' });
    expect(String(info.CreationDate)).toMatch(new RegExp(`^D:${new Date().getUTCFullYear()}`));
    process.stdout.write(`notice.pdf of T1: ${pdf.length} bytes, ${pages.length} pages\n`);
  });

  it('notice: every item, the veto and the bar explained in Chinese, 暂定 marked, the events in the appendix', async () => {
    const unit = (await api.read('/assessments/2025/units/T1')).body;
    const text = (await read('/assessments/2025/units/T1/notice.pdf')).pages
      .map((p) => p.text)
      .join('');
    for (const item of unit.items as { label: string }[]) expect(text).toContain(item.label);
    expect(text).toContain('工作任务');
    expect(text).toContain('工作成效');
    expect(text).toContain('一票否决');
    expect(text).toContain(unit.vetoReasons[0].label);
    expect(text).toContain('王镇长');
    expect(text).toContain('主要负责人');
    expect(text).toContain('暂定');
    expect(text).toContain('附：依据事件');
    const vetoEvent = unit.vetoReasons[0].events[0] as { streamId: string; eventId: string };
    expect(text).toContain(vetoEvent.eventId);
    expect(text).toContain('incident-I-L');
    // No code leaks into the page: kinds, grades, posts and rules are shown by their labels.
    for (const code of ['town', 'fail', 'principal', 'incidents:larger', 'general_incident'])
      expect([code, text.includes(code)]).toEqual([code, false]);
  });

  it('report: the league table by kind with its header repeated on page 2, page numbers, vetoes and bars', async () => {
    const started = Date.now();
    const { pdf } = await download('/assessments/2025/report.pdf');
    const ms = Date.now() - started;
    const { pages } = await pdfText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) =>
      expect(page.text).toContain(`第 ${i + 1} 页 / 共 ${pages.length} 页`),
    );
    // PDF.js puts a space between some runs (table cells): compare without whitespace.
    const squeezed = pages.map((p) => p.text.replace(/\s+/g, ''));
    const header = '排名单位得分等次一票否决黄牌警告';
    expect(pages[0].text).toContain('2025年度安全生产目标责任考核结果报告');
    expect(squeezed[0]).toContain(header);
    // The towns' table runs onto page 2, which starts again with its header row.
    expect(squeezed[1]).toContain(header);
    expect(pages[1].text).toMatch(/第\d+镇/);
    const all = pages.map((p) => p.text).join('');
    expect(all).toContain('城关镇');
    expect(all).toContain('新华镇');
    expect(all).toContain('王镇长');
    expect(all).toContain('取消下一年度晋级、提拔资格');
    process.stdout.write(
      `report.pdf of ${MORE_TOWNS + 2} units: ${pdf.length} bytes, ${pages.length} pages, ${ms} ms over HTTP\n`,
    );
  }, 30_000);

  it('is in the OpenAPI document: application/pdf answers, ?asOf= accepted', async () => {
    const doc = (await api.t.http().get('/api/docs-json').expect(200)).body;
    for (const path of [
      '/assessments/{year}/report.pdf',
      '/assessments/{year}/units/{unitId}/notice.pdf',
    ]) {
      const operation = doc.paths[path]?.get;
      expect([path, Object.keys(operation?.responses['200'].content ?? {})]).toEqual([
        path,
        ['application/pdf'],
      ]);
      expect(operation.parameters.map((p: { name: string }) => p.name)).toContain('asOf');
    }
  });

  it('notice of a unit without an agreement for the year: says it is not assessed', async () => {
    const text = (await read('/assessments/2025/units/E1/notice.pdf')).pages[0].text;
    expect(text).toContain('宏建建筑公司');
    expect(text).toContain('未纳入年度考核');
  });

  it('refuses a bad year or asOf (400) and an unknown unit (404) as problems', async () => {
    expectProblem(await api.settled('/assessments/1899/report.pdf'), 400);
    expectProblem(await api.settled('/assessments/2025/report.pdf?asOf=yesterday'), 400);
    expectProblem(await api.settled('/assessments/2025/units/NOPE/notice.pdf'), 404);
  });

  it('says 定稿 once the year is finalised, and 草稿 again as of a time before', async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await api.write(
      '/assessments/2025/finalization',
      { finalizedAt: '2026-01-15T09:00:00+08:00' },
      200,
    );
    const final = (await read('/assessments/2025/units/T1/notice.pdf')).pages[0].text;
    expect(final).toContain('定稿');
    expect(final).not.toContain('草稿');
    const report = (await read('/assessments/2025/report.pdf')).pages[0].text;
    expect(report).toContain('定稿');
    const then = (await read(`/assessments/2025/units/T1/notice.pdf?asOf=${before}`)).pages[0].text;
    expect(then).toContain('草稿');
    expect(then).toContain('数据截至');
  });

  it('lists, once final, the records that would change the locked result, in Chinese, with events', async () => {
    const locked = (await read('/assessments/2025/units/T2/notice.pdf')).pages
      .map((p) => p.text)
      .join('');
    expect(locked).not.toContain('定稿后的记录变更');
    await api.write(
      '/incidents',
      incidentBody('I-LATE', 'E2', { deaths: 1, description: '定稿后补报的事故' }),
    );
    const text = (await read('/assessments/2025/units/T2/notice.pdf')).pages
      .map((p) => p.text)
      .join('');
    expect(text).toContain('定稿后的记录变更');
    expect(text).toMatch(/得分 \d+(\.\d+)? → \d+(\.\d+)?/);
    expect(text).toContain('incident-I-LATE');
    expect(text).not.toMatch(/score|grade|vetoed/);
  });
});
