import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ago, hazardBody, incidentBody } from './support/commands';
import { ADMIN_TOKEN } from './support/server';
import { asWorker, runWorker } from './support/worker';

export interface Enterprise {
  id: string;
  industry: string;
}

export interface HttpLoadResult {
  connections: number;
  durationSec: number;
  /** Answered commands (2xx) per second. */
  commandsPerSec: number;
  requestsPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  status2xx: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
  /** CPU the autocannon process itself used, in % of one core (it shares the machine). */
  loadGeneratorCpuPercent: number;
  mix: string[];
}

const MIX = [
  'POST /hazards (general hazard of a random enterprise)',
  'POST /hazards/:id/rectification',
  'POST /hazards/:id/verification (passed)',
  'POST /incidents (random enterprise, on time)',
];

/**
 * Incident and hazard commands over HTTP against the real server process, with autocannon in a
 * child process (so that the lag probe in the parent keeps its own event loop): each connection
 * loops identify hazard → rectify it → verify it → report an incident, with fresh ids.
 */
export function runHttpLoad(options: {
  port: number;
  connections: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
  workDir: string;
}): Promise<HttpLoadResult> {
  const file = join(options.workDir, 'enterprises.json');
  writeFileSync(file, JSON.stringify(options.enterprises));
  return runWorker<HttpLoadResult>('load worker', __filename, [
    options.port,
    options.connections,
    options.durationSec,
    file,
  ]);
}

interface Context {
  hazardId?: string;
}

async function worker(
  port: number,
  connections: number,
  durationSec: number,
  file: string,
): Promise<HttpLoadResult> {
  const enterprises = JSON.parse(
    (await import('node:fs')).readFileSync(file, 'utf8'),
  ) as Enterprise[];
  let counter = 0;
  const tag = `${process.pid.toString(36)}${Date.now().toString(36)}`;
  const pick = () => enterprises[Math.floor(Math.random() * enterprises.length)];
  const json = (body: object) => JSON.stringify(body);
  const cpuBefore = process.cpuUsage();
  const started = Date.now();
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: durationSec,
    timeout: 30,
    headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
    requests: [
      {
        method: 'POST',
        path: '/api/v1/hazards',
        setupRequest: (request, context) => {
          const id = `LH-${tag}-${++counter}`;
          (context as Context).hazardId = id;
          return {
            ...request,
            body: json(hazardBody(id, pick().id, '压力测试隐患：消防通道堵塞')),
          };
        },
      },
      {
        method: 'POST',
        setupRequest: (request, context) => ({
          ...request,
          path: `/api/v1/hazards/${(context as Context).hazardId}/rectification`,
          body: json({ rectifiedAt: ago(60_000), note: '已清理' }),
        }),
      },
      {
        method: 'POST',
        setupRequest: (request, context) => ({
          ...request,
          path: `/api/v1/hazards/${(context as Context).hazardId}/verification`,
          body: json({ passed: true, verifiedAt: ago(1_000), verifier: '验收人' }),
        }),
      },
      {
        method: 'POST',
        path: '/api/v1/incidents',
        setupRequest: (request) => ({
          ...request,
          body: json(
            incidentBody(pick(), {
              id: `LI-${tag}-${++counter}`,
              seriousInjuries: Math.random() < 0.2 ? 1 : 0,
              directLossYuan: 20_000,
              description: '压力测试事故：机械伤害',
            }),
          ),
        }),
      },
    ],
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stat.count ?? 0;
  }
  return {
    connections,
    durationSec: result.duration,
    commandsPerSec: Math.round(result['2xx'] / result.duration),
    requestsPerSec: Math.round(result.requests.total / result.duration),
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      mean: Math.round(result.latency.mean * 10) / 10,
    },
    status2xx: result['2xx'],
    non2xx: result.non2xx,
    statusCodes,
    errors: result.errors,
    timeouts: result.timeouts,
    loadGeneratorCpuPercent: cpuPercent(process.cpuUsage(cpuBefore), Date.now() - started),
    mix: MIX,
  };
}

function cpuPercent(usage: NodeJS.CpuUsage, elapsedMs: number): number {
  return Math.round(((usage.user + usage.system) / 1000 / elapsedMs) * 100);
}

asWorker(module, ([port, connections, duration, file]) =>
  worker(Number(port), Number(connections), Number(duration), file),
);
