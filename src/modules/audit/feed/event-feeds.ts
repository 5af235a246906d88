import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { badRequest, problem, ProblemException } from '../../../infrastructure/http/problem';
import { LOGGER } from '../../../infrastructure/logging/logger';
import { ReadModels } from '../../../infrastructure/projections/read-models';
import { TOKEN_RESOLVERS, type TokenResolver } from '../../auth/token-resolver';
import type { Actor } from '../../shared/actor';
import { AuditWakeups } from './audit-wakeups';
import { EventFeed, type FeedSources } from './event-feed';
import { type FeedQueryDto, POSITION } from './feed.query-dto';

const BEARER = /^Bearer (\S+)$/;

/** The feeds open on this instance: at most `maxFeedsPerUser` per user; all end at shutdown. */
@Injectable()
export class EventFeeds implements OnModuleDestroy {
  private readonly open = new Set<EventFeed>();
  private readonly perUser = new Map<string, number>();
  private readonly sources: FeedSources;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(TOKEN_RESOLVERS) private readonly resolvers: TokenResolver[],
    @Inject(EVENT_STORE) events: EventStore,
    readModels: ReadModels,
    wakeups: AuditWakeups,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.sources = { events, readModels, wakeups, logger: logger.child({ component: 'feed' }) };
  }

  /** Starts a feed on the response (its headers are sent); 400 or 429 before anything is sent. */
  start(actor: Actor, request: Request, response: Response, query: FeedQueryDto): void {
    const from = startPosition(request.header('last-event-id'), query.fromPosition);
    const mine = this.perUser.get(actor.id) ?? 0;
    if (mine >= this.config.maxFeedsPerUser) throw this.tooMany();
    this.perUser.set(actor.id, mine + 1);
    const authorization = request.header('authorization') ?? '';
    const feed = new EventFeed(this.sources, response, {
      from,
      withinUnitId: query.withinUnitId,
      heartbeatMs: this.config.feedHeartbeatSeconds * 1000,
      stillAllowed: () => this.stillAllowed(actor, authorization),
      onClosed: () => {
        this.open.delete(feed);
        const left = (this.perUser.get(actor.id) ?? 1) - 1;
        if (left > 0) this.perUser.set(actor.id, left);
        else this.perUser.delete(actor.id);
      },
    });
    this.open.add(feed);
    feed.start();
  }

  onModuleDestroy(): void {
    for (const feed of [...this.open]) feed.close();
  }

  /** The token the feed was opened with still names its user (not revoked, not replaced). */
  private async stillAllowed(actor: Actor, authorization: string): Promise<boolean> {
    const token = BEARER.exec(authorization)?.[1];
    if (!token) return false;
    for (const resolver of this.resolvers) {
      const found = await resolver.resolve(token);
      if (found) return found.id === actor.id;
    }
    return false;
  }

  private tooMany(): ProblemException {
    const max = this.config.maxFeedsPerUser;
    return new ProblemException(
      problem(
        429,
        'too_many_feeds',
        `At most ${max} event feeds of one user are open at once; close one and retry.`,
        undefined,
        { retryAfterSeconds: 5 },
      ),
    );
  }
}

/** Where a feed starts: after `Last-Event-ID` (a reconnection), else after `fromPosition`, else 0. */
function startPosition(lastEventId: string | undefined, fromPosition: string | undefined): number {
  if (lastEventId === undefined) return fromPosition ? Number(fromPosition) : 0;
  if (!POSITION.test(lastEventId.trim())) {
    throw badRequest('Last-Event-ID is not a position.', [
      { field: 'Last-Event-ID', message: 'Last-Event-ID must be a non-negative integer' },
    ]);
  }
  return Number(lastEventId.trim());
}
