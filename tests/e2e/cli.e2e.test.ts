import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli';
import { startTestApp } from './harness';
import { Api } from './support/api';
import { seedDistrict } from './support/district-fixture';

describe('the command-line interface', () => {
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });

  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    const err = { write: () => true, isTTY: false } as unknown as NodeJS.WriteStream;
    const code = await runCli(argv, env(), { out: (line) => lines.push(line), err });
    return { code, output: lines.join('\n') };
  };

  beforeAll(async () => {
    const t = await startTestApp();
    dataDir = t.dataDir;
    await seedDistrict(new Api(() => t));
    await t.app.close();
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
    expect(json.results.map((r: { unitId: string }) => r.unitId).sort()).toEqual(['T1', 'T2']);
    const out = join(dataDir, 'a.xlsx');
    expect((await run('assessment', '--year', '2025', '--format', 'xlsx', '--out', out)).code).toBe(
      0,
    );
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

  it('answers unknown commands with usage and exit code 2', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run()).code).toBe(2);
  });
});
