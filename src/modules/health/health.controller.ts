import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { Projector } from '../../infrastructure/projections/projector';
import { READ_STORE, type ReadStore } from '../../infrastructure/read-store/read-store.port';
import { Public } from '../auth/public.decorator';

@Controller()
export class HealthController {
  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projections: Projector,
  ) {}

  @Public()
  @Get('health')
  async health(@Res() response: Response): Promise<void> {
    const [eventStore, readStore] = await Promise.all([
      this.eventStore.health(),
      this.readStore.health(),
    ]);
    const projections = readStore.ok ? await this.projections.status().catch(() => []) : [];
    const ok = eventStore.ok && readStore.ok;
    response
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'ok' : 'unavailable', eventStore, readStore, projections });
  }
}
