import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Ctx, type CommandContext } from '../shared/command-context';
import { ReadQueryDto } from '../shared/read-query.dto';
import { AuditEventsQueryDto } from './audit.query-dto';
import { AuditEventsQuery } from './queries/audit-events.query';
import { IntegrityQuery } from './queries/integrity.query';
import { StreamEventsQuery } from './queries/stream-events.query';
import { RecordAnchorCommand } from './record-anchor.handler';

/** The audit trail: streams and events with their envelopes, integrity, anchors. */
@Controller('audit')
export class AuditController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get('streams/:streamId')
  stream(@Param('streamId') streamId: string, @Query() _read: ReadQueryDto) {
    return this.queries.execute(new StreamEventsQuery(streamId));
  }

  @Get('events')
  events(@Query() filter: AuditEventsQueryDto) {
    return this.queries.execute(new AuditEventsQuery(filter));
  }

  @Get('integrity')
  integrity(@Query() _read: ReadQueryDto) {
    return this.queries.execute(new IntegrityQuery());
  }

  @Post('anchors')
  anchor(@Ctx() context: CommandContext) {
    return this.commands.execute(new RecordAnchorCommand(context));
  }
}
