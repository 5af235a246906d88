import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditEventsHandler } from './queries/audit-events.query';
import { IntegrityHandler } from './queries/integrity.query';
import { StreamEventsHandler } from './queries/stream-events.query';
import { RecordAnchorHandler } from './record-anchor.handler';
import { AnchorScheduler } from './anchor-scheduler';

/** GET /audit/streams/:streamId, /audit/events, /audit/integrity; POST /audit/anchors. */
@Module({
  controllers: [AuditController],
  providers: [
    StreamEventsHandler,
    AuditEventsHandler,
    IntegrityHandler,
    RecordAnchorHandler,
    AnchorScheduler,
  ],
})
export class AuditModule {}
