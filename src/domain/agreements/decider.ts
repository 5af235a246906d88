import type { Decider } from '../shared/decider';
import type { AgreementCommand } from './commands';
import { decideAmendment } from './decide-amendment';
import { decideSigning } from './decide-signing';
import { decideTermination } from './decide-termination';
import type { AgreementEvent } from './events';
import { evolveAgreement } from './evolve';
import type { AgreementState } from './state';

export const agreementStreamId = (id: string): string => `agreement-${id}`;

export const agreementDecider: Decider<AgreementCommand, AgreementEvent, AgreementState> = {
  initialState: () => null,
  evolve: evolveAgreement,
  decide(command, state) {
    switch (command.type) {
      case 'SignAgreement':
        return decideSigning(command, state);
      case 'AmendAgreement':
        return decideAmendment(command, state);
      case 'TerminateAgreement':
        return decideTermination(command, state);
    }
  },
};
