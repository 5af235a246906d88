import type { CommandContext } from '../shared/command-context';
import type { AmendAgreementDto, SignAgreementDto, TerminateAgreementDto } from './agreements.dto';

export class SignAgreementCommand {
  constructor(
    readonly body: SignAgreementDto,
    readonly context: CommandContext,
  ) {}
}

export class AmendAgreementCommand {
  constructor(
    readonly agreementId: string,
    readonly body: AmendAgreementDto,
    readonly context: CommandContext,
  ) {}
}

export class TerminateAgreementCommand {
  constructor(
    readonly agreementId: string,
    readonly body: TerminateAgreementDto,
    readonly context: CommandContext,
  ) {}
}
