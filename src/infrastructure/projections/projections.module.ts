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
import { ProjectionRunner } from './projection-runner';
import { ReadModels } from './read-models';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MinPositionInterceptor } from '../../modules/shared/min-position.interceptor';

@Global()
@Module({
  providers: [
    {
      provide: ProjectionRunner,
      inject: [EVENT_STORE, READ_STORE, LOGGER],
      useFactory: (events: EventStore, reads: ReadStore, logger: Logger) =>
        new ProjectionRunner(
          ALL_PROJECTIONS,
          events,
          reads,
          logger.child({ component: 'projections' }),
        ),
    },
    {
      provide: ReadModels,
      inject: [READ_STORE, ProjectionRunner],
      useFactory: (reads: ReadStore, runner: ProjectionRunner) => new ReadModels(reads, runner),
    },
    { provide: APP_INTERCEPTOR, useClass: MinPositionInterceptor },
  ],
  exports: [ProjectionRunner, ReadModels],
})
export class ProjectionsModule implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(@Inject(ProjectionRunner) private readonly runner: ProjectionRunner) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.runner.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.runner.stop();
  }
}
