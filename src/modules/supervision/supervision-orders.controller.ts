import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toSupervisionOrderView } from '../../domain/supervision';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE, RECTIFYING } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';
import { Ctx, type CommandContext } from '../shared/command-context';
import {
  CloseSupervisionOrderCommand,
  ReplyToSupervisionOrderCommand,
} from './handlers/order-follow-up.handlers';
import { IssueSupervisionOrderCommand } from './handlers/issue-supervision-order.handler';
import {
  CloseSupervisionOrderDto,
  IssueSupervisionOrderDto,
  ReplyToSupervisionOrderDto,
} from './supervision.dto';
import { SupervisionRecords } from './supervision-records';

/** 督办函: an order concerns its target unit, whose users reply; its issuer closes it. */
@ApiSection(SECTIONS.supervision)
@Controller('supervision-orders')
export class SupervisionOrdersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly records: SupervisionRecords,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [
      body('issuerUnitId'),
      body('targetUnitId'),
      { ...body('subject.id', 'hazard'), when: { at: 'body.subject.kind', is: 'hazard' } },
      { ...body('subject.id', 'problem'), when: { at: 'body.subject.kind', is: 'problem' } },
      { ...body('subject.id', 'incident'), when: { at: 'body.subject.kind', is: 'incident' } },
    ],
    summary: 'Issue a supervision order to a lower unit (督办函)',
    answer: 'SupervisionOrderWritten',
  })
  @Post()
  issue(@Body() body: IssueSupervisionOrderDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new IssueSupervisionOrderCommand({}, body, context));
  }

  /** The order as of now (`overdue` at the time of reading). */
  @Route({
    roles: ALL,
    touches: [param('id', 'supervisionorder')],
    summary: 'Get a supervision order',
    answer: 'SupervisionOrder',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toSupervisionOrderView(await this.records.orderInPath(id), new Date().toISOString());
  }

  @Route({
    roles: RECTIFYING,
    touches: [param('id', 'supervisionorder')],
    summary: 'Reply to a supervision order (办理情况回复; refused once closed)',
    answer: 'SupervisionOrderWritten',
  })
  @Post(':id/reply')
  @HttpCode(200)
  reply(
    @Param('id') id: string,
    @Body() body: ReplyToSupervisionOrderDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new ReplyToSupervisionOrderCommand({ orderId: id }, body, context),
    );
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'supervisionorder'), param('id', 'orderIssuer')],
    summary: 'Close a supervision order (督办办结)',
    answer: 'SupervisionOrderWritten',
  })
  @Post(':id/closure')
  @HttpCode(200)
  close(
    @Param('id') id: string,
    @Body() body: CloseSupervisionOrderDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new CloseSupervisionOrderCommand({ orderId: id }, body, context));
  }
}
