import type { Decider, DomainEvent } from '../shared/decider';
import { stateConflict } from '../shared/errors';

/**
 * One active agreement per (year, responsible unit): the signing handler claims the slot
 * with an expected revision, so concurrent signings cannot both succeed.
 */
export const agreementSlotStreamId = (year: number, responsibleUnitId: string): string =>
  `agreementslot-${year}-${responsibleUnitId}`;

export type AgreementSlotClaimed = DomainEvent<'AgreementSlotClaimed', { agreementId: string }>;
export type AgreementSlotReleased = DomainEvent<'AgreementSlotReleased', { agreementId: string }>;
export type AgreementSlotEvent = AgreementSlotClaimed | AgreementSlotReleased;

export interface ClaimAgreementSlot {
  readonly type: 'ClaimAgreementSlot';
  readonly agreementId: string;
  readonly now: string;
}

export interface ReleaseAgreementSlot {
  readonly type: 'ReleaseAgreementSlot';
  readonly agreementId: string;
  readonly now: string;
}

export type AgreementSlotCommand = ClaimAgreementSlot | ReleaseAgreementSlot;

export interface AgreementSlotState {
  readonly holder: string | null;
}

export const agreementSlotDecider: Decider<
  AgreementSlotCommand,
  AgreementSlotEvent,
  AgreementSlotState
> = {
  initialState: () => ({ holder: null }),
  evolve: (_state, event) => ({
    holder: event.type === 'AgreementSlotClaimed' ? event.data.agreementId : null,
  }),
  decide(command, { holder }) {
    const data = { agreementId: command.agreementId };
    if (command.type === 'ReleaseAgreementSlot') {
      return holder === command.agreementId ? [{ type: 'AgreementSlotReleased', data }] : [];
    }
    if (holder === command.agreementId) return [];
    if (holder !== null) {
      throw stateConflict(
        'active_agreement_exists',
        `agreement ${holder} is already active for this year and responsible unit`,
      );
    }
    return [{ type: 'AgreementSlotClaimed', data }];
  },
};
