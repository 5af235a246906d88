import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { AgreementInputs } from './agreement-inputs';
import { AgreementSlots } from './agreement-slots';
import { AgreementsController } from './agreements.controller';
import { AmendAgreementHandler } from './handlers/amend-agreement.handler';
import { SignAgreementHandler } from './handlers/sign-agreement.handler';
import { TerminateAgreementHandler } from './handlers/terminate-agreement.handler';

@Module({
  imports: [UnitsModule],
  controllers: [AgreementsController],
  providers: [
    AgreementInputs,
    AgreementSlots,
    SignAgreementHandler,
    AmendAgreementHandler,
    TerminateAgreementHandler,
  ],
  exports: [AgreementSlots],
})
export class AgreementsModule {}
