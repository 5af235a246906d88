import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  accountabilityDecider,
  accountabilityStreamId,
  type AccountabilityState,
} from '../../domain/enforcement';
import { notFoundProblem } from '../../infrastructure/http/problem';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { DecideAccountabilityActionCommand } from './handlers/decide-accountability-action.handler';
import { DecideAccountabilityActionDto } from './enforcement.dto';

@Controller('accountability-actions')
export class AccountabilityController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Post()
  decide(@Body() body: DecideAccountabilityActionDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new DecideAccountabilityActionCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { state } = await this.aggregates.load<AccountabilityState>(
      accountabilityDecider,
      accountabilityStreamId(id),
    );
    if (!state) throw notFoundProblem(`No accountability action ${id}.`);
    return { ...state };
  }
}
