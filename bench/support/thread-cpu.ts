import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) of each thread of a Linux process, by thread id; empty elsewhere. */
export function threadCpuSeconds(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat (11 and 12 after the name).
      threads.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // the process is gone or /proc is not there: nothing to report
  }
  return threads;
}

export interface ServerCpu {
  /** CPU of the whole server process over the load, in % of one core. */
  processPercentOfCore: number;
  /** CPU of the thread that runs HTTP, validation, commands and appends (Node's main thread). */
  mainThreadPercentOfCore: number;
  /** CPU per answered command, in ms: the whole process, its main thread, its busiest other thread. */
  msPerCommand: { process: number; mainThread: number; busiestOtherThread: number };
}

/** What the server's threads spent between two `threadCpuSeconds` readings, per answered command. */
export function serverCpu(
  pid: number,
  before: ReadonlyMap<number, number>,
  after: ReadonlyMap<number, number>,
  seconds: number,
  commands: number,
): ServerCpu {
  const spent = [...after].map(([tid, cpu]) => [tid, cpu - (before.get(tid) ?? 0)] as const);
  const total = spent.reduce((sum, [, cpu]) => sum + cpu, 0);
  const main = spent.find(([tid]) => tid === pid)?.[1] ?? 0;
  const other = Math.max(0, ...spent.filter(([tid]) => tid !== pid).map(([, cpu]) => cpu));
  const perCommand = (cpu: number) => Math.round((1e6 * cpu) / Math.max(commands, 1)) / 1000;
  return {
    processPercentOfCore: Math.round((100 * total) / seconds),
    mainThreadPercentOfCore: Math.round((100 * main) / seconds),
    msPerCommand: {
      process: perCommand(total),
      mainThread: perCommand(main),
      busiestOtherThread: perCommand(other),
    },
  };
}
