import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { verifyIntegrity } from '../../src/infrastructure/event-store/integrity/integrity-verifier';

const root = join(__dirname, '..', '..');

/** Starts the writer, waits for `acks` acknowledged batches, then kills it with SIGKILL. */
function runWriterAndKill(
  file: string,
  acks: number,
): Promise<{ acked: Map<string, number>; pid: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        join(root, 'tests/support/ts-register.js'),
        join(root, 'tests/support/append-writer.ts'),
        file,
        '100',
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const acked = new Map<string, number>();
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [word, n, position] = line.split(' ');
        if (word === 'ack') acked.set(`batch-${child.pid}-${n}`, Number(position));
      }
      if (acked.size >= acks) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve({ acked, pid: child.pid! })
        : reject(new Error(`writer exited: ${signal}`)),
    );
  });
}

describe('SQLite event store under SIGKILL', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'es-crash-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged batch and never half a batch', async () => {
    const file = join(dir, 'events.db');
    const { acked, pid } = await runWriterAndKill(file, 40);
    const store = new SqliteEventStore({ file });
    try {
      const counts = new Map<string, number>();
      for (let position = 0; ;) {
        const events = await store.readAll(position, { limit: 5000 });
        if (events.length === 0) break;
        events.forEach((e) => counts.set(e.streamId, (counts.get(e.streamId) ?? 0) + 1));
        position = events[events.length - 1].position;
      }
      for (const streamId of acked.keys()) expect(counts.get(streamId)).toBe(100);
      for (const [streamId, count] of counts) {
        expect(streamId.startsWith(`batch-${pid}-`)).toBe(true);
        expect(count).toBe(100);
      }
      expect(counts.size).toBeGreaterThanOrEqual(acked.size);
      expect((await verifyIntegrity(store)).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
