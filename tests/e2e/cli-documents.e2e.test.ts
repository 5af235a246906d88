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
});
