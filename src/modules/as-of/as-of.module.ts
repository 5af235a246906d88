import { Global, Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { AsOfReader } from './as-of-reader';
import { AS_OF_READS, type AsOfReads } from './as-of-reads';

/** As-of reads. */
@Global()
@Module({
  providers: [
    {
      provide: AS_OF_READS,
      inject: [EVENT_STORE],
      useFactory: (events: EventStore): AsOfReads => new AsOfReader(events),
    },
  ],
  exports: [AS_OF_READS],
})
export class AsOfModule implements OnModuleDestroy {
  constructor(@Inject(AS_OF_READS) private readonly reads: AsOfReads) {}

  async onModuleDestroy(): Promise<void> {
    await this.reads.close();
  }
}
