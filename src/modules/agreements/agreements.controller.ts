import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  agreementDecider,
  type AgreementState,
  agreementStreamId,
  toAgreementView,
} from '../../domain/agreements';
import { notFoundProblem } from '../../infrastructure/http/problem';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { AmendAgreementCommand } from './handlers/amend-agreement.handler';
import { SignAgreementCommand } from './handlers/sign-agreement.handler';
import { TerminateAgreementCommand } from './handlers/terminate-agreement.handler';
import { AmendAgreementDto, SignAgreementDto, TerminateAgreementDto } from './agreements.dto';

@Controller('agreements')
export class AgreementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Post()
  sign(@Body() body: SignAgreementDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new SignAgreementCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const { state } = await this.aggregates.load<AgreementState>(
      agreementDecider,
      agreementStreamId(id),
    );
    if (!state) throw notFoundProblem(`No agreement ${id}.`);
    return toAgreementView(state);
  }

  @Post(':id/amendments')
  @HttpCode(200)
  amend(@Param('id') id: string, @Body() body: AmendAgreementDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new AmendAgreementCommand({ agreementId: id }, body, context));
  }

  @Post(':id/termination')
  @HttpCode(200)
  terminate(
    @Param('id') id: string,
    @Body() body: TerminateAgreementDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(new TerminateAgreementCommand({ agreementId: id }, body, context));
  }
}
