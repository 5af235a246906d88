import { readFileSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import type { Enterprise } from './http-load';
import { ago, hazardBody, incidentBody } from './support/commands';
import { ADMIN_TOKEN } from './support/server';
import { summary } from './support/stats';
import { asWorker, runWorker } from './support/worker';

export interface SteadyLoadResult {
  method: string;
  ratePerSec: number;
  durationSec: number;
  sent: number;
  status2xx: number;
  non2xx: number;
  errors: number;
  /** From each command's scheduled send time to its answer (queueing in the client included). */
  latencyMs: ReturnType<typeof summary>;
  /** The largest delay between a command's schedule and its actual send (the generator's own lag). */
  maxSendDelayMs: number;
  loadGeneratorCpuPercent: number;
}

const METHOD =
  'open loop from a child process: commands sent on a fixed schedule whatever the answers, each ' +
  'latency measured from its scheduled time; the mix cycles identify hazard, rectify an answered ' +
  'hazard, verify a rectified one, report an incident (an identify or incident instead when none ' +
  'is ready)';

/** An open-loop command load at `ratePerSec` for `durationSec`, generated in a child process. */
export function runSteadyLoad(options: {
  port: number;
  ratePerSec: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
  workDir: string;
}): Promise<SteadyLoadResult> {
  const file = join(options.workDir, 'steady-enterprises.json');
  writeFileSync(file, JSON.stringify(options.enterprises));
  return runWorker<SteadyLoadResult>('steady load worker', __filename, [
    options.port,
    options.ratePerSec,
    options.durationSec,
    file,
  ]);
}

/** The i-th send time (ms after the start) of a schedule at `ratePerSec`. */
export const scheduledAt = (i: number, ratePerSec: number): number => (i * 1000) / ratePerSec;

/** The load itself (what the child process runs); exported for its test. */
export async function openLoop(options: {
  port: number;
  ratePerSec: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
}): Promise<SteadyLoadResult> {
  const { port, ratePerSec, durationSec, enterprises } = options;
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const pick = () => enterprises[Math.floor(Math.random() * enterprises.length)];
  const identified: string[] = [];
  const rectified: string[] = [];
  const latencies: number[] = [];
  let counter = 0;
  let status2xx = 0;
  let non2xx = 0;
  let errors = 0;
  let maxSendDelayMs = 0;

  const post = (path: string, body: object, scheduled: number, onOk?: () => void) =>
    new Promise<void>((done) => {
      const payload = JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path,
          agent,
          headers: {
            authorization: `Bearer ${ADMIN_TOKEN}`,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - scheduled);
            if ((res.statusCode ?? 0) < 300) {
              status2xx += 1;
              onOk?.();
            } else non2xx += 1;
            done();
          });
        },
      );
      req.on('error', () => {
        errors += 1;
        done();
      });
      req.end(payload);
    });

  const identify = (scheduled: number) => {
    const id = `SH-${tag}-${++counter}`;
    return post(
      '/api/v1/hazards',
      hazardBody(id, pick().id, '稳态负载隐患：消防通道堵塞'),
      scheduled,
      () => identified.push(id),
    );
  };
  const report = (scheduled: number) =>
    post(
      '/api/v1/incidents',
      incidentBody(pick(), {
        id: `SI-${tag}-${++counter}`,
        directLossYuan: 20_000,
        description: '稳态负载事故：机械伤害',
      }),
      scheduled,
    );
  const command = (i: number, scheduled: number): Promise<void> => {
    if (i % 4 === 1 && identified.length > 0) {
      const id = identified.shift()!;
      return post(
        `/api/v1/hazards/${id}/rectification`,
        { rectifiedAt: ago(60_000), note: '已清理' },
        scheduled,
        () => rectified.push(id),
      );
    }
    if (i % 4 === 2 && rectified.length > 0) {
      const id = rectified.shift()!;
      return post(
        `/api/v1/hazards/${id}/verification`,
        { passed: true, verifiedAt: ago(1_000), verifier: '验收人' },
        scheduled,
      );
    }
    return i % 2 === 0 ? identify(scheduled) : report(scheduled);
  };

  const total = Math.round(ratePerSec * durationSec);
  const pending: Promise<void>[] = [];
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let next = 0;
  await new Promise<void>((finished) => {
    const tick = () => {
      const now = performance.now();
      while (next < total && start + scheduledAt(next, ratePerSec) <= now) {
        const scheduled = start + scheduledAt(next, ratePerSec);
        maxSendDelayMs = Math.max(maxSendDelayMs, now - scheduled);
        pending.push(command(next, scheduled));
        next += 1;
      }
      if (next >= total) finished();
      else setTimeout(tick, Math.max(0, start + scheduledAt(next, ratePerSec) - now));
    };
    tick();
  });
  await Promise.all(pending);
  const elapsed = performance.now() - start;
  agent.destroy();
  const usage = process.cpuUsage(cpuBefore);
  return {
    method: METHOD,
    ratePerSec,
    durationSec,
    sent: total,
    status2xx,
    non2xx,
    errors,
    latencyMs: summary(latencies),
    maxSendDelayMs: Math.round(maxSendDelayMs * 10) / 10,
    loadGeneratorCpuPercent: Math.round(((usage.user + usage.system) / 1000 / elapsed) * 100),
  };
}

asWorker(module, ([port, rate, duration, file]) =>
  openLoop({
    port: Number(port),
    ratePerSec: Number(rate),
    durationSec: Number(duration),
    enterprises: JSON.parse(readFileSync(file, 'utf8')) as Enterprise[],
  }),
);
