import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import { Projector } from '../../infrastructure/projections/projector';
import { READ_STORE, type ReadStore } from '../../infrastructure/read-store/read-store.port';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { PublicRoute } from '../auth/route.decorator';
import { HEALTH_PATHS } from './health-paths';
import {
  type HealthAnswer,
  isDegraded,
  projectionHealth,
  ProgressWatch,
} from './projection-health';

/**
 * 503 when a store does not answer (`unavailable`) or a projection fails or stalls (`degraded`):
 * a load balancer should then send the reads elsewhere, as this instance's answers no longer
 * follow the writes. A projection merely catching up (moving) keeps 200.
 */
@ApiSection(SECTIONS.health)
@Controller()
export class HealthController {
  private readonly watch = new ProgressWatch();

  constructor(
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
    @Inject(READ_STORE) private readonly readStore: ReadStore,
    private readonly projector: Projector,
  ) {}

  @PublicRoute({
    summary: 'Service health: the stores answer, the projections follow (健康检查)',
    answer: 'Health',
  })
  @Get(HEALTH_PATHS)
  async health(@Res() response: Response): Promise<void> {
    const [eventStore, readStore] = await Promise.all([
      this.eventStore.health(),
      this.readStore.health(),
    ]);
    const statuses = readStore.ok ? await this.projector.status().catch(() => []) : [];
    const head = eventStore.lastPosition ?? 0;
    const now = Date.now();
    const slots = this.projector.progress();
    const projections = statuses.map((s) => projectionHealth(s, slots, head, this.watch, now));
    const status: HealthAnswer['status'] = !(eventStore.ok && readStore.ok)
      ? 'unavailable'
      : isDegraded(projections)
        ? 'degraded'
        : 'ok';
    const answer: HealthAnswer = { status, eventStore, readStore, projections };
    response.status(status === 'ok' ? 200 : 503).json(answer);
  }
}
