import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toAgreementView } from '../../domain/agreements';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { Ctx, type CommandContext } from '../shared/command-context';
import { existingRecord } from '../shared/existing-record';
import { agreementAggregate } from './agreement-result';
import { AmendAgreementCommand } from './handlers/amend-agreement.handler';
import { SignAgreementCommand } from './handlers/sign-agreement.handler';
import { TerminateAgreementCommand } from './handlers/terminate-agreement.handler';
import { AmendAgreementDto, SignAgreementDto, TerminateAgreementDto } from './agreements.dto';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';
import { stepsOf } from '../contract/worked-example';

@ApiSection(SECTIONS.agreements)
@Controller('agreements')
export class AgreementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly aggregates: AggregateExecutor,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [
      body('responsibleUnitId'),
      body('issuerUnitId'),
      body('signatories[].personId', 'person'),
    ],
    summary: 'Sign a target-responsibility agreement (签订安全生产目标责任书)',
    examples: stepsOf('POST /agreements'),
    answer: 'AgreementWritten',
  })
  @Post()
  sign(@Body() body: SignAgreementDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new SignAgreementCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'agreement')],
    summary: 'Get an agreement',
    answer: 'Agreement',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toAgreementView(await existingRecord(this.aggregates, agreementAggregate(id)));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'agreement'), body('signatories[].personId', 'person')],
    summary: 'Amend an agreement (责任书变更)',
    answer: 'AgreementWritten',
  })
  @Post(':id/amendments')
  @HttpCode(200)
  amend(@Param('id') id: string, @Body() body: AmendAgreementDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new AmendAgreementCommand({ agreementId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'agreement')],
    summary: 'Terminate an agreement (责任书终止)',
    answer: 'AgreementWritten',
  })
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
