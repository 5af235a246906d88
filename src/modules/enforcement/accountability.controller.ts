import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toAccountabilityActionView } from '../../domain/enforcement';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { existingRecord } from '../shared/existing-record';
import { accountabilityAggregate } from './aggregates';
import { DecideAccountabilityActionCommand } from './handlers/decide-accountability-action.handler';
import { DecideAccountabilityActionDto } from './enforcement.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

@ApiSection(SECTIONS.enforcement)
@Controller('accountability-actions')
export class AccountabilityController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [
      body('targetUnitId'),
      body('decidingUnitId'),
      body('targetPersonId', 'person'),
      body('incidentId', 'incident'),
    ],
    summary: 'Decide an accountability action (问责)',
    answer: 'AccountabilityActionWritten',
  })
  @Post()
  decide(@Body() body: DecideAccountabilityActionDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new DecideAccountabilityActionCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'accountability')],
    summary: 'Get an accountability action',
    answer: 'AccountabilityAction',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toAccountabilityActionView(
      await existingRecord(this.aggregates, accountabilityAggregate(id)),
    );
  }
}
