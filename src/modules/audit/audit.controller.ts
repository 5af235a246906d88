import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Ctx, type CommandContext } from '../shared/command-context';
import { ReadQueryDto } from '../shared/read-query.dto';
import { AuditEventsQueryDto } from './audit.query-dto';
import { AuditEventsQuery } from './queries/audit-events.query';
import { IntegrityQuery } from './queries/integrity.query';
import { StreamEventsQuery } from './queries/stream-events.query';
import { RecordAnchorCommand } from './record-anchor.handler';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { OFFICE, AUDIT } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { param, query, WITHIN } from '../auth/touches';

/** The audit trail: streams and events with their envelopes, integrity, anchors. */
@ApiSection(SECTIONS.audit)
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Route({
    roles: AUDIT,
    touches: [param('streamId', 'stream')],
    summary: 'Every event of a stream with its metadata (审计追溯)',
    answer: 'StreamEvents',
  })
  @Get('streams/:streamId')
  stream(@Param('streamId') streamId: string, @Query() _read: ReadQueryDto) {
    return this.queries.execute(new StreamEventsQuery(streamId));
  }

  @Route({
    roles: AUDIT,
    touches: query(WITHIN),
    defaultToScope: WITHIN,
    summary: 'Audit trail, newest first, paged',
    answer: 'AuditEventPage',
  })
  @Get('events')
  events(@Query() filter: AuditEventsQueryDto) {
    return this.queries.execute(new AuditEventsQuery(filter));
  }

  @Route({
    roles: AUDIT,
    touches: [],
    summary: 'Verify the hash chain of every stream (防篡改校验)',
    answer: 'Integrity',
  })
  @Get('integrity')
  integrity(@Query() _read: ReadQueryDto) {
    return this.queries.execute(new IntegrityQuery());
  }

  @Route({
    roles: OFFICE,
    touches: [],
    summary: 'Record an integrity anchor now',
    answer: 'AnchorRecorded',
  })
  @Post('anchors')
  anchor(@Ctx() context: CommandContext) {
    return this.commands.execute(new RecordAnchorCommand(context));
  }
}
