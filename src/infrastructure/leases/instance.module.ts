import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { LOGGER } from '../logging/logger';
import { READ_STORE, type ReadStore } from '../read-store/read-store.port';
import { type HeldInstanceLock, InstanceLocks } from './sqlite/instance-locks';
import { type InstanceLiveness, instanceOwner, NO_DEATHS_KNOWN } from './lease-claims';

/** This process as a holder of leases, and how it tells which other holders have died. */
export interface Instance {
  readonly owner: string;
  readonly liveness: InstanceLiveness;
  /** Drops this process's instance lock (after its leases are released). */
  release(): void;
}

export const INSTANCE = Symbol('INSTANCE');

/**
 * Takes this process's instance lock in DATA_DIR (see instance-locks.ts) and clears the files of
 * dead instances that no lease names any more. Without a writable data directory the service
 * still runs; its leases then pass on only when they expire.
 */
async function startInstance(
  config: AppConfig,
  readStore: ReadStore,
  logger: Logger,
): Promise<Instance> {
  const owner = instanceOwner();
  const locks = new InstanceLocks(config.dataDir);
  let lock: HeldInstanceLock;
  try {
    lock = locks.hold(owner);
  } catch (error) {
    logger.warn({ err: error }, 'no instance lock: leases of a killed instance wait to expire');
    return { owner, liveness: NO_DEATHS_KNOWN, release: () => undefined };
  }
  try {
    locks.sweep(new Set((await readStore.listLeases()).map((lease) => lease.owner)));
  } catch (error) {
    logger.warn({ err: error }, 'files of dead instances not cleared');
  }
  return { owner, liveness: locks, release: () => lock.release() };
}

@Global()
@Module({
  providers: [
    {
      provide: INSTANCE,
      inject: [APP_CONFIG, READ_STORE, LOGGER],
      useFactory: startInstance,
    },
  ],
  exports: [INSTANCE],
})
export class InstanceModule implements OnApplicationShutdown {
  constructor(@Inject(INSTANCE) private readonly instance: Instance) {}

  /** After every module's onModuleDestroy, where the leases are released. */
  onApplicationShutdown(): void {
    this.instance.release();
  }
}
