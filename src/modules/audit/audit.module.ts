import { Module } from '@nestjs/common';
import { AnchoringModule } from './anchoring/anchoring.module';
import { AuditController } from './audit.controller';
import { AuditEventsHandler } from './queries/audit-events.query';
import { IntegrityHandler } from './queries/integrity.query';
import { StreamEventsHandler } from './queries/stream-events.query';
import { RecordAnchorHandler } from './record-anchor.handler';
import { AnchorScheduler } from './anchor-scheduler';
import { AuditWakeups } from './feed/audit-wakeups';
import { EventFeeds } from './feed/event-feeds';
import { FeedController } from './feed/feed.controller';

/** GET /audit/streams/:streamId, /audit/events, /audit/integrity, /feed; POST /audit/anchors. */
@Module({
  imports: [AnchoringModule],
  controllers: [AuditController, FeedController],
  providers: [
    StreamEventsHandler,
    AuditEventsHandler,
    IntegrityHandler,
    RecordAnchorHandler,
    AnchorScheduler,
    AuditWakeups,
    EventFeeds,
  ],
})
export class AuditModule {}
