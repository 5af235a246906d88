import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditEventsHandler } from './queries/audit-events.query';
import { IntegrityHandler } from './queries/integrity.query';
import { StreamEventsHandler } from './queries/stream-events.query';
import { RecordAnchorHandler } from './record-anchor.handler';

/** GET /audit/streams/:streamId, /audit/events, /audit/integrity; POST /audit/anchors. */
@Module({
  controllers: [AuditController],
  providers: [StreamEventsHandler, AuditEventsHandler, IntegrityHandler, RecordAnchorHandler],
})
export class AuditModule {}
