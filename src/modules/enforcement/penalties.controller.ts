import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  penaltyDecider,
  penaltyStreamId,
  type PenaltyState,
  toPenaltyView,
} from '../../domain/enforcement';
import { notFoundProblem } from '../../infrastructure/http/problem';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { DecidePenaltyCommand } from './handlers/decide-penalty.handler';
import { RevokePenaltyCommand } from './handlers/revoke-penalty.handler';
import { DecidePenaltyDto, RevokePenaltyDto } from './enforcement.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, INSPECTION } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';

@ApiSection(SECTIONS.enforcement)
@Controller('penalties')
export class PenaltiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Route({
    roles: INSPECTION,
    touches: [body('enterpriseId'), body('enforcingUnitId')],
    summary: 'Record an administrative penalty (行政处罚)',
    answer: 'PenaltyWritten',
  })
  @Post()
  decide(@Body() body: DecidePenaltyDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new DecidePenaltyCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'penalty')],
    summary: 'Get a penalty',
    answer: 'Penalty',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    const { state } = await this.aggregates.load<PenaltyState>(penaltyDecider, penaltyStreamId(id));
    if (!state) throw notFoundProblem(`No penalty ${id}.`);
    return toPenaltyView(state);
  }

  @Route({
    roles: INSPECTION,
    touches: [param('id', 'penalty')],
    summary: 'Revoke a penalty (复议/诉讼撤销)',
    answer: 'PenaltyWritten',
  })
  @Post(':id/revocation')
  @HttpCode(200)
  revoke(@Param('id') id: string, @Body() body: RevokePenaltyDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RevokePenaltyCommand({ penaltyId: id }, body, context));
  }
}
