import { serverCpu, threadCpuSeconds } from '../../bench/support/thread-cpu';

describe('bench server CPU by thread', () => {
  it('splits a process’s CPU into its main thread and its busiest other thread, per command', () => {
    const before = new Map([
      [100, 10],
      [101, 2],
      [102, 1],
    ]);
    const after = new Map([
      [100, 19],
      [101, 5],
      [102, 1.5],
      [103, 0.5],
    ]);

    expect(serverCpu(100, before, after, 10, 9_000)).toEqual({
      processPercentOfCore: 130,
      mainThreadPercentOfCore: 90,
      msPerCommand: { process: 1.444, mainThread: 1, busiestOtherThread: 0.333 },
    });
  });

  const onLinux = process.platform === 'linux' ? it : it.skip;
  onLinux(
    'reads this process’s threads from /proc (skipped where there is no /proc: not Linux)',
    () => {
      const threads = threadCpuSeconds(process.pid);
      expect(threads.has(process.pid)).toBe(true);
      expect(threads.get(process.pid)).toBeGreaterThan(0);
    },
  );
});
