/**
 * The bench's open-loop load against a local HTTP server that answers after 5 ms, except that its
 * (shared) event loop stalls once for 300 ms: latency counts from each command's scheduled time,
 * so every command scheduled during the stall carries its share of it (no coordinated omission:
 * a closed loop would record a single slow sample).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openLoop } from '../../bench/steady-load';

describe('steady (open-loop) load', () => {
  let server: Server;
  const seen: string[] = [];
  let stalled = false;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (!stalled && seen.length === 20) {
        stalled = true;
        const until = Date.now() + 300;
        while (Date.now() < until);
      }
      setTimeout(() => {
        res.statusCode = req.url === '/api/v1/incidents' ? 201 : 200;
        res.end('{}');
      }, 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends on schedule whatever the answers and measures from the schedule', async () => {
    const result = await openLoop({
      port: (server.address() as AddressInfo).port,
      ratePerSec: 100,
      durationSec: 1,
      enterprises: [{ id: 'E1', industry: 'manufacturing' }],
    });

    expect(result.sent).toBe(100);
    expect(result.status2xx).toBe(100);
    expect(result.latencyMs.n).toBe(100);
    expect(result.latencyMs.p50).toBeGreaterThanOrEqual(5);
    // Only lower bounds: on a starved machine every answer may be late, never early.
    expect(result.latencyMs.p90).toBeGreaterThanOrEqual(100);
    expect(result.latencyMs.max).toBeGreaterThanOrEqual(290);
    expect(seen.some((line) => /\/rectification$/.test(line))).toBe(true);
    expect(seen.some((line) => /\/verification$/.test(line))).toBe(true);
  });
});
