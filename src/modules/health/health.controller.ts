import { Controller, Get, Inject, Res } from '@nestjs/common';
import { Public } from '../auth/public.decorator';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';

@Controller()
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly eventStore: EventStore) {}

  @Public()
  @Get('health')
  async health(@Res() response: Response): Promise<void> {
    const eventStore = await this.eventStore.health();
    const ok = eventStore.ok;
    response.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', eventStore });
  }
}
