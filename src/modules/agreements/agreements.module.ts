import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { AgreementInputs } from './agreement-inputs';
import { AgreementSlots } from './agreement-slots';
import { AgreementsController } from './agreements.controller';
import { AgreementsQueryController } from './agreements.query-controller';
import { AmendAgreementHandler } from './handlers/amend-agreement.handler';
import { SignAgreementHandler } from './handlers/sign-agreement.handler';
import { TerminateAgreementHandler } from './handlers/terminate-agreement.handler';
import { CoverageHandler } from './queries/coverage.query';
import { ListAgreementsHandler } from './queries/list-agreements.query';

@Module({
  imports: [UnitsModule],
  controllers: [AgreementsQueryController, AgreementsController],
  providers: [
    AgreementInputs,
    AgreementSlots,
    SignAgreementHandler,
    AmendAgreementHandler,
    TerminateAgreementHandler,
    ListAgreementsHandler,
    CoverageHandler,
  ],
  exports: [AgreementSlots],
})
export class AgreementsModule {}
