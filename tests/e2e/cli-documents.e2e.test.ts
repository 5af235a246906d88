import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli';
import { pdfText } from '../support/pdf-text';
import { seededDistrictStores } from './support/seeded-stores';

describe('the CLI writes the printable documents', () => {
  let dataDir: string;
  const OFFICE = '示范区安全生产委员会办公室';

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const errors: string[] = [];
    const err = {
      write: (text: string) => errors.push(text) > 0,
      isTTY: false,
    } as unknown as NodeJS.WriteStream;
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ISSUING_OFFICE: OFFICE };
    const code = await runCli(argv, env, { out: (line) => lines.push(line), err });
    return { code, output: lines.join('\n'), errors: errors.join('') };
  };

  beforeAll(async () => {
    dataDir = await seededDistrictStores();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('notice --year --unit --out: the unit’s 考核结果通知书', async () => {
    const out = join(dataDir, 'notice.pdf');
    const { code, output } = await run('notice', '--year', '2025', '--unit', 'T1', '--out', out);
    expect(code).toBe(0);
    expect(output).toContain(`wrote ${out}`);
    const { pages, info } = await pdfText(readFileSync(out));
    expect(pages[0].text).toContain('镇1');
    expect(pages[0].text).toContain('草稿');
    expect(info.Author).toBe(OFFICE);
  }, 30_000);

  it('report --year --out: the year’s report, every unit', async () => {
    const out = join(dataDir, 'report.pdf');
    expect((await run('report', '--year', '2025', '--out', out)).code).toBe(0);
    const text = (await pdfText(readFileSync(out))).pages.map((p) => p.text).join('');
    expect(text).toContain('镇1');
    expect(text).toContain('镇2');
    expect(text).toContain('第 1 页');
  }, 30_000);

  it('refuses a missing unit or a bad --as-of as usage (2), an unknown unit as a failure (1)', async () => {
    expect((await run('notice', '--year', '2025')).code).toBe(2);
    expect((await run('report', '--year', '2025', '--as-of', 'soon')).code).toBe(2);
    const unknown = await run('notice', '--year', '2025', '--unit', 'NOPE', '--out', '/dev/null');
    expect(unknown.code).toBe(1);
    expect(unknown.errors).toContain('NOPE');
  }, 30_000);

  it('dossier PERSON: the 履职档案 as a table, as JSON with the events, and as a workbook', async () => {
    const table = await run('dossier', 'P1');
    expect(table.code).toBe(0);
    const lines = table.output.split('\n');
    expect(lines[0]).toBe('镇长1（P1）安全生产履职档案');
    expect(lines).toEqual(
      expect.arrayContaining(['【任职情况】', '【签订责任书】', '【责任链事故】']),
    );
    expect(table.output).toContain('党政主要负责人（主要负责人）');
    const json = JSON.parse((await run('dossier', 'P1', '--format', 'json')).output);
    expect(json.incidents.map((i: { incidentId: string }) => i.incidentId)).toEqual(['I-E1']);
    expect(json.incidents[0].events[0].streamId).toBe('incident-I-E1');
    const out = join(dataDir, 'dossier.xlsx');
    expect((await run('dossier', 'P1', '--format', 'xlsx', '--out', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  }, 30_000);

  it('dossier: no person is usage (2), an unknown person a failure (1)', async () => {
    expect((await run('dossier')).code).toBe(2);
    expect((await run('dossier', 'P1', '--format', 'pdf')).code).toBe(2);
    expect((await run('dossier', 'P1', '--as-of', 'soon')).code).toBe(2);
    const unknown = await run('dossier', 'NOBODY');
    expect(unknown.code).toBe(1);
    expect(unknown.errors).toContain('NOBODY');
  }, 30_000);
});
