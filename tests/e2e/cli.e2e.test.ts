import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import stringWidth from 'string-width';
import { runCli } from '../../src/cli/run-cli';
import { startTestApp } from './harness';
import { Api } from './support/api';
import { seededDistrictStores } from './support/seeded-stores';
import { LEAGUE_COLUMNS, QUARTER_COLUMNS } from './support/standings-tables';

describe('the command-line interface', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const err = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
    const code = await runCli(argv, env(), { out: (line) => lines.push(line), err });
    return { code, output: lines.join('\n') };
  };

  /** The CLI's stderr as a terminal `columns` wide, keeping what is drawn on it. */
  const terminal = (columns: number) => {
    const drawn: string[] = [];
    const err = {
      isTTY: true,
      columns,
      write: (text: string) => drawn.push(text) > 0,
    } as unknown as NodeJS.WriteStream;
    return { err, drawn };
  };

  beforeAll(async () => {
    dataDir = await seededDistrictStores();
  }, 60_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates the first users without HTTP, showing the token once', async () => {
    const { code, output } = await run(
      'users',
      'create',
      '--name',
      '区安委办',
      '--role',
      'office',
      '--scope',
      'D',
      '--id',
      'office-d',
    );
    expect(code).toBe(0);
    const user = JSON.parse(output);
    expect(user).toMatchObject({ id: 'office-d', role: 'office', scopeUnitId: 'D' });
    expect(user.token.length).toBeGreaterThanOrEqual(43);
    expect(
      (await run('users', 'create', '--name', 'x', '--role', 'king', '--scope', 'D')).code,
    ).toBe(2);
  });

  it('prints the league table and writes the workbook', async () => {
    const table = await run('assessment', '--year', '2025');
    expect(table.code).toBe(0);
    expect(table.output).toContain('T1');
    const json = JSON.parse((await run('assessment', '--year', '2025', '--format', 'json')).output);
    expect(json.units.map((r: { unitId: string }) => r.unitId).sort()).toEqual(['T1', 'T2']);
    const out = join(dataDir, 'a.xlsx');
    expect((await run('assessment', '--year', '2025', '--format', 'xlsx', '--out', out)).code).toBe(
      0,
    );
  }, 30_000);

  it('prints a quarter’s standings (季度考评) with the change against the previous quarter', async () => {
    const table = await run('assessment', '--year', '2025', '--quarter', '2');
    expect(table.code).toBe(0);
    const [title, header, , ...rows] = table.output.split('\n');
    expect(title).toBe('2025年第二季度考评（截至 2025-06-30 23:59 北京时间）');
    expect(header.split(/ {2,}/)).toEqual(QUARTER_COLUMNS);
    expect(rows.map((row) => row.split(/ {2,}/)[3]).sort()).toEqual(['T1', 'T2']);
    const json = JSON.parse(
      (await run('assessment', '--year', '2025', '--quarter', '2', '--format', 'json')).output,
    );
    expect(json).toMatchObject({
      year: 2025,
      quarter: 2,
      referenceDate: '2025-06-30T15:59:59.999Z',
    });
    expect((await run('assessment', '--year', '2025', '--quarter', '5')).code).toBe(2);
    expect(
      (await run('assessment', '--year', '2025', '--quarter', '1', '--format', 'xlsx')).code,
    ).toBe(2);
  }, 30_000);

  it('draws progress within a 60-column terminal', async () => {
    const { err, drawn } = terminal(60);
    const code = await runCli(['rebuild', 'units'], env(), { out: () => undefined, err });
    expect(code).toBe(0);
    const redraws = drawn.filter((text) => text.startsWith('\r'));
    expect(redraws[redraws.length - 1]).toMatch(/^\rrebuild: \[#+\] 100% /);
    for (const text of redraws) {
      const line = text.slice(1).replace('\x1b[K', '');
      expect(line).not.toContain('\n');
      expect(stringWidth(line)).toBeLessThan(60);
    }
  }, 30_000);

  it('records an anchor, rebuilds projections, and verifies; a tampered file fails verification', async () => {
    expect((await run('anchor')).code).toBe(0);
    expect((await run('rebuild', 'units')).code).toBe(0);
    const ok = await run('verify');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.output)).toMatchObject({ ok: true, latestAnchor: { ok: true } });

    const db = new Database(join(dataDir, 'events.db'));
    db.exec('DROP TRIGGER IF EXISTS events_are_immutable_update');
    db.prepare(
      "UPDATE events SET data = json_set(data, '$.name', '篡改') WHERE stream_id = 'unit-T2'",
    ).run();
    db.close();
    const broken = await run('verify');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.output).ok).toBe(false);
  }, 30_000);

  it('prints the league table in Chinese, its columns aligned on screen', async () => {
    const { code, output } = await run('assessment', '--year', '2025');
    expect(code).toBe(0);
    const [header, rule, ...rows] = output.split('\n');
    expect(header.split(/ {2,}/)).toEqual(LEAGUE_COLUMNS);
    expect(rows).toHaveLength(2);
    expect(rows.join('\n')).toMatch(/乡镇\/街道/);
    expect(rows.join('\n')).not.toMatch(/\b(town|excellent|good|pass|fail|yes)\b/);
    // On screen, text starts where its column's rule starts and numbers end where it ends (a CJK
    // character takes two columns).
    const rules = [...rule.matchAll(/-+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    for (const row of rows) {
      const cells = row.split(/ {2,}/);
      let from = 0;
      const spans = cells.map((cell) => {
        const index = row.indexOf(cell, from);
        from = index + cell.length;
        const start = stringWidth(row.slice(0, index));
        return [start, start + stringWidth(cell)];
      });
      expect([0, 2, 3, 5].map((i) => spans[i][0])).toEqual([0, 2, 3, 5].map((i) => rules[i][0]));
      expect([1, 4].map((i) => spans[i][1])).toEqual([1, 4].map((i) => rules[i][1]));
      expect(stringWidth(row)).toBeLessThanOrEqual(stringWidth(rule));
    }
  }, 30_000);

  it('writes the JSON answer alone: to stdout from a process of its own, or to --out', async () => {
    const file = join(dataDir, 'results.json');
    expect(
      (await run('assessment', '--year', '2025', '--format', 'json', '--out', file)).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).year).toBe(2025);
    const root = join(__dirname, '..', '..');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        join(root, 'tests/support/ts-register.js'),
        join(root, 'src/cli.ts'),
        'assessment',
        '--year',
        '2025',
        '--format',
        'json',
      ],
      { env: { ...process.env, ...env(), LOG_LEVEL: 'info' }, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(JSON.parse(stdout).units).toHaveLength(2);
  }, 60_000);

  it('prints as JSON the same objects as the HTTP answers: the league table and a new user', async () => {
    const printed = JSON.parse(
      (await run('assessment', '--year', '2025', '--format', 'json')).output,
    );
    const user = JSON.parse(
      (await run('users', 'create', '--name', '督查员', '--role', 'inspector', '--scope', 'T1'))
        .output,
    );
    const t = await startTestApp({ DATA_DIR: dataDir });
    try {
      const api = new Api(() => t);
      expect((await api.get('/assessments/2025').expect(200)).body).toEqual(printed);
      expect(printed.units[0]).toMatchObject({ kindLabel: '乡镇/街道', gradeLabel: '不合格' });
      const { token: _token, position: _position, ...shown } = user;
      expect((await api.get(`/users/${user.id}`).expect(200)).body).toEqual(shown);
    } finally {
      await t.app.close();
    }
  }, 60_000);

  it('hands every byte of a long answer to a pipe before it exits', async () => {
    const root = join(__dirname, '..', '..');
    const bytes = 8 * 1024 * 1024;
    const script = [
      `const { exitAfterFlush } = require(${JSON.stringify(join(root, 'src/cli/exit.ts'))});`,
      `process.stdout.write('x'.repeat(${bytes}));`,
      'exitAfterFlush(0);',
    ].join('\n');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['-r', join(root, 'tests/support/ts-register.js'), '-e', script],
      { maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout.length).toBe(bytes);
  }, 60_000);

  it('answers unknown commands with usage and exit code 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });
});
