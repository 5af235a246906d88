import { join } from 'node:path';
import { type Enterprise, type HttpLoadResult, runHttpLoad } from './http-load';
import { startServer } from './support/server';
import { round } from './support/stats';

export interface FloorRatio {
  /** Saturation commands/s ÷ the mean of the floors measured before and after it. */
  ratio: number;
  floorBeforePerSec: number;
  floorAfterPerSec: number;
  floorMeanPerSec: number;
  /** (after − before) ÷ before, in %: how much the shared machine drifted over the saturation load. */
  floorDriftPercent: number;
}

export function ratioVsFloor(saturationPerSec: number, before: number, after: number): FloorRatio {
  const mean = (before + after) / 2;
  return {
    ratio: round(saturationPerSec / mean, 3),
    floorBeforePerSec: before,
    floorAfterPerSec: after,
    floorMeanPerSec: round(mean),
    floorDriftPercent: round(((after - before) / before) * 100),
  };
}

/**
 * The framework floor: the same saturation load against bare NestJS serving the same routes with
 * nothing behind them (http-floor.ts).
 */
export async function measureFloor(options: {
  dataDir: string;
  connections: number;
  durationSec: number;
  enterprises: readonly Enterprise[];
  workDir: string;
}): Promise<HttpLoadResult> {
  const floor = await startServer({
    dataDir: options.dataDir,
    script: join(__dirname, 'http-floor.js'),
  });
  try {
    return await runHttpLoad({
      port: floor.port,
      connections: options.connections,
      durationSec: options.durationSec,
      enterprises: options.enterprises,
      workDir: options.workDir,
    });
  } finally {
    await floor.stop();
  }
}
