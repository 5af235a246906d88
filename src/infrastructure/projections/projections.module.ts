import {
  Global,
  Inject,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import type { Logger } from 'pino';
import { ALL_PROJECTIONS } from '../../../projections';
import { LOGGER } from '../logging/logger';
import { EVENT_STORE, type EventStore } from '../event-store/event-store.port';
import { READ_STORE, type ReadStore } from '../read-store/read-store.port';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { INSTANCE, type Instance } from '../leases/instance.module';
import { ProjectionRunner } from './projection-runner';
import { Projector } from './projector';
import { ProjectionThread } from './thread/projection-thread';
import { ReadModels } from './read-models';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MinPositionInterceptor } from '../../modules/shared/min-position.interceptor';

@Global()
@Module({
  providers: [
    {
      provide: Projector,
      inject: [APP_CONFIG, EVENT_STORE, READ_STORE, LOGGER, INSTANCE],
      useFactory: (
        config: AppConfig,
        events: EventStore,
        reads: ReadStore,
        logger: Logger,
        instance: Instance,
      ) => {
        const child = logger.child({ component: 'projections' });
        const { owner, liveness } = instance;
        return config.projectionsThread === 'worker'
          ? new ProjectionThread({
              config,
              logger: child,
              readStore: reads,
              projections: ALL_PROJECTIONS,
              owner,
            })
          : new ProjectionRunner(ALL_PROJECTIONS, events, reads, child, { owner, liveness });
      },
    },
    {
      provide: ReadModels,
      inject: [READ_STORE, Projector],
      useFactory: (reads: ReadStore, projector: Projector) => new ReadModels(reads, projector),
    },
    { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
  ],
  exports: [Projector, ReadModels],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(Projector) private readonly projector: Projector) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
  }
}
