import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiSection, SECTIONS } from '../../../infrastructure/http/openapi/sections';
import { AUDIT } from '../../auth/roles';
import { Route } from '../../auth/route.decorator';
import { query, WITHIN } from '../../auth/touches';
import type { ActorRequest } from '../../shared/actor';
import { EventFeeds } from './event-feeds';
import { FeedQueryDto } from './feed.query-dto';

/** Every recorded event the caller may see, as server-sent events, so integrators need not poll. */
@ApiSection(SECTIONS.audit)
@Controller('feed')
export class FeedController {
  constructor(private readonly feeds: EventFeeds) {}

  @Route({
    roles: AUDIT,
    touches: query(WITHIN),
    defaultToScope: WITHIN,
    summary: 'Event feed: every recorded event in scope, live (server-sent events, 事件推送)',
    events:
      'One event per recorded event the caller may see (as GET /audit/events lists them), in ' +
      'log order: `id` its global position, `event` its type, `data` JSON `{ position, eventId, ' +
      'streamId, revision, type, recordedAt, actor: { id, role }, data }`. After the events ' +
      'recorded so far it follows new ones; a comment line every `FEED_HEARTBEAT_SECONDS` (15) ' +
      'keeps it open. Resume with `Last-Event-ID` or `?fromPosition=`. A user has at most ' +
      '`MAX_FEEDS_PER_USER` (2) feeds open; one more is 429.',
  })
  @Get()
  feed(
    @Query() filter: FeedQueryDto,
    @Req() request: Request & ActorRequest,
    @Res() response: Response,
  ): void {
    this.feeds.start(request.actor!, request, response, filter);
  }
}
