import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { LOGGER } from '../../infrastructure/logging/logger';
import { AsOfLimitInterceptor } from './as-of-limit.interceptor';
import { AsOfLimiter } from './as-of-limiter';
import { AsOfReader } from './as-of-reader';
import { AS_OF_READS, type AsOfReads } from './as-of-reads';
import { AsOfThread } from './as-of-thread';

/**
 * As-of reads: computed in a worker thread of their own (PROJECTIONS_THREAD=worker, the default)
 * or on the main thread, and limited per user and in all.
 */
@Global()
@Module({
  providers: [
    {
      provide: AS_OF_READS,
      inject: [APP_CONFIG, EVENT_STORE, LOGGER],
      useFactory: (config: AppConfig, events: EventStore, logger: Logger): AsOfReads =>
        config.projectionsThread === 'worker'
          ? new AsOfThread({ config, logger: logger.child({ component: 'as-of' }) })
          : new AsOfReader(events),
    },
    {
      provide: AsOfLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new AsOfLimiter(config.maxAsOfReadsPerUser, config.maxAsOfReads),
    },
    { provide: APP_INTERCEPTOR, useClass: AsOfLimitInterceptor },
  ],
  exports: [AS_OF_READS],
})
export class AsOfModule implements OnModuleDestroy {
  constructor(@Inject(AS_OF_READS) private readonly reads: AsOfReads) {}

  async onModuleDestroy(): Promise<void> {
    await this.reads.close();
  }
}
