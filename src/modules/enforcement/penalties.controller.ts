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

@Controller('penalties')
export class PenaltiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Post()
  decide(@Body() body: DecidePenaltyDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new DecidePenaltyCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { state } = await this.aggregates.load<PenaltyState>(penaltyDecider, penaltyStreamId(id));
    if (!state) throw notFoundProblem(`No penalty ${id}.`);
    return toPenaltyView(state);
  }

  @Post(':id/revocation')
  @HttpCode(200)
  revoke(@Param('id') id: string, @Body() body: RevokePenaltyDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RevokePenaltyCommand({ penaltyId: id }, body, context));
  }
}
