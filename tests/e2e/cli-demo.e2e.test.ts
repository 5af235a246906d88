import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run-cli';
import type { RecordedEvent } from '../../src/infrastructure/event-store/event-store.port';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';

/** The demo run in-process through the CLI's own entry point, into temporary data directories. */
describe('safety demo (the hidden tiny scale)', () => {
  const dirs: string[] = [];
  const newDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'safety-cli-demo-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  const run = async (dataDir: string, ...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const stderr = {
      isTTY: false,
      write: (chunk: string) => err.push(chunk) > 0,
    } as unknown as NodeJS.WriteStream;
    const code = await runCli(
      argv,
      { DATA_DIR: dataDir, LOG_LEVEL: 'silent' },
      {
        out: (line) => out.push(line),
        err: stderr,
      },
    );
    return { code, output: out.join('\n'), errors: err.join('') };
  };

  /** Every event of the store, without what differs between two runs (ids, times, hashes). */
  const comparable = async (dataDir: string) => {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db'), upcasters });
    try {
      const events: RecordedEvent[] = [];
      for (let from = 0; ;) {
        const batch = await store.readAll(from, { limit: 1000 });
        if (batch.length === 0) break;
        events.push(...batch);
        from = batch[batch.length - 1].position;
      }
      return events.map((e) => {
        const { recordedAt, hash, prevHash, causationId, ...metadata } = e.metadata;
        void [recordedAt, hash, prevHash, causationId];
        return {
          position: e.position,
          streamId: e.streamId,
          revision: e.revision,
          type: e.type,
          data: e.data,
          metadata,
        };
      });
    } finally {
      await store.close();
    }
  };

  let first: string;

  it('writes a year through the command handlers, and verify reports the chain intact', async () => {
    first = newDir();
    const demo = await run(first, 'demo', '--scale', 'tiny', '--seed', '5');
    expect(demo.errors).not.toContain('refused');
    expect(demo.code).toBe(0);
    const summary = JSON.parse(demo.output);
    expect(summary).toMatchObject({ scale: 'tiny', seed: 5, year: 2025 });
    expect(summary.commands).toBeGreaterThan(30);
    expect(summary.events).toBeGreaterThanOrEqual(summary.commands);
    expect(demo.errors).toMatch(/demo: \d+\/\d+ commands/);

    const events = await comparable(first);
    expect(events).toHaveLength(summary.events);
    const types = new Set(events.map((e) => e.type));
    for (const type of [
      'UnitRegistered',
      'AgreementSigned',
      'HazardIdentified',
      'IncidentReported',
    ]) {
      expect(types).toContain(type);
    }
    expect(
      events.every((e) => e.metadata.actorId === 'demo' && e.metadata.actorRole === 'admin'),
    ).toBe(true);

    const verify = await run(first, 'verify');
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.output)).toMatchObject({
      ok: true,
      checked: summary.events,
      lastPosition: summary.lastPosition,
    });
  }, 60_000);

  it('writes the same events for the same seed into another store', async () => {
    const second = newDir();
    expect((await run(second, 'demo', '--scale', 'tiny', '--seed', '5')).code).toBe(0);
    expect(await comparable(second)).toEqual(await comparable(first));

    const other = newDir();
    expect((await run(other, 'demo', '--scale', 'tiny', '--seed', '6')).code).toBe(0);
    expect(await comparable(other)).not.toEqual(await comparable(first));
  }, 60_000);

  it('refuses a store that already holds events, and bad options with usage', async () => {
    const again = await run(first, 'demo', '--scale', 'tiny', '--seed', '5');
    expect(again.code).toBe(1);
    expect(again.errors).toContain('already holds');

    const dir = newDir();
    expect((await run(dir, 'demo', '--scale', 'galaxy')).code).toBe(2);
    expect((await run(dir, 'demo', '--seed', 'x')).code).toBe(2);
    expect((await run(dir, 'demo', '--colour')).code).toBe(2);
    expect((await run(dir, 'frobnicate')).code).toBe(2);
    const help = await run(dir, '--help');
    expect(help.code).toBe(0);
    expect(help.output).toContain('demo [--year 2025]');
  }, 60_000);
});
