import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, serviceEnv, useServices } from './support/service';

/**
 * The README's worked example, run as written: its bash block goes to bash statement by statement
 * against a service started from the sources, and every answer it shows (`# → …`, or an inline
 * `# {…}` / `# […]`) must appear in what that statement printed, `...` standing for any text.
 * Two things differ from a reader's run: the service is started here (the block's `npm start &`
 * line, on a free port instead of 3000), so the block's own first line is not run.
 */
const README = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const MARK = '@@statement@@';

interface Statement {
  code: string;
  expected: string | null;
}

function workedExample(): string {
  const section = README.slice(README.indexOf('### Worked example'));
  const block = /```bash\n([\s\S]*?)```/.exec(section);
  if (!block) throw new Error('README: no bash block under "Worked example"');
  return block[1];
}

/** Statements start unindented; indented lines continue them; `# →` comments state answers. */
function statements(script: string): Statement[] {
  const result: Statement[] = [];
  let expecting = false;
  for (const line of script.split('\n')) {
    const last = result[result.length - 1];
    if (line.startsWith('# →')) {
      last.expected = line.slice(3).trim();
      expecting = true;
    } else if (expecting && /^#\s+["{[]/.test(line)) {
      last.expected += line.replace(/^#\s+/, '');
    } else if (line.startsWith('#') || line.trim() === '') {
      expecting = false;
    } else if (/^\s/.test(line) && last) {
      last.code += `\n${line}`;
    } else {
      expecting = false;
      const inline = /\s#\s+([{[].*?)(\s+:.*)?$/.exec(line);
      result.push({ code: line, expected: inline ? inline[1].trim() : null });
    }
  }
  return result;
}

/** Each `...`-separated piece of `expected`, in order, in `actual`. */
function expectShown(actual: string, expected: string, code: string) {
  let from = 0;
  for (const piece of expected.split('...').filter((p) => p !== '')) {
    const at = actual.indexOf(piece, from);
    if (at < 0) {
      throw new Error(
        `README statement\n${code}\nshows ${expected}\nbut printed ${actual}\n(missing: ${piece})`,
      );
    }
    from = at + piece.length;
  }
}

describe('the README worked example', () => {
  const startService = useServices();
  let work = '';

  beforeEach(() => {
    work = mkdtempSync(join(tmpdir(), 'readme-example-'));
  });
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('answers what the README shows, statement by statement', async () => {
    const script = workedExample();
    const start = /^BOOTSTRAP_ADMIN_TOKEN=(\S+) npm start &$/m.exec(script);
    expect(start).not.toBeNull();
    const port = await freePort();
    await startService({
      ...serviceEnv(join(work, 'data'), port),
      BOOTSTRAP_ADMIN_TOKEN: start![1],
    });

    const run = statements(script.replace(start![0], '')).map((s) => ({
      ...s,
      code: s.code.replace('http://localhost:3000', `http://localhost:${port}`),
    }));
    expect(run.filter((s) => s.expected !== null).length).toBeGreaterThanOrEqual(4);
    const printed = execFileSync(
      'bash',
      ['-euo', 'pipefail', '-c', run.map((s) => `${s.code}\nprintf '\\n${MARK}\\n'`).join('\n')],
      { cwd: work, encoding: 'utf8', timeout: 60_000 },
    ).split(`\n${MARK}\n`);

    run.forEach((statement, i) => {
      const output = printed[i];
      expect(output).not.toMatch(/"status":[45]\d\d/);
      if (statement.expected !== null) expectShown(output, statement.expected, statement.code);
    });
    const workbook = readFileSync(join(work, 'assessment-2025.xlsx'));
    expect(workbook.subarray(0, 2).toString()).toBe('PK');
  }, 90_000);
});
