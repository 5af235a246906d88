import {
  type AgreementSlotEvent,
  agreementSlotDecider,
  agreementSlotStreamId,
} from '../../../../src/domain/agreements/slot';
import { spec } from '../decider-spec';

const NOW = '2025-06-01T00:00:00.000Z';
const claimed = (agreementId: string): AgreementSlotEvent => ({
  type: 'AgreementSlotClaimed',
  data: { agreementId },
});
const released = (agreementId: string): AgreementSlotEvent => ({
  type: 'AgreementSlotReleased',
  data: { agreementId },
});
const claim = (agreementId: string) => ({
  type: 'ClaimAgreementSlot' as const,
  agreementId,
  now: NOW,
});
const release = (agreementId: string) => ({
  type: 'ReleaseAgreementSlot' as const,
  agreementId,
  now: NOW,
});

describe('the agreement slot of a year and responsible unit', () => {
  it('names the stream agreementslot-<year>-<responsibleUnitId>', () => {
    expect(agreementSlotStreamId(2025, 'T1')).toBe('agreementslot-2025-T1');
  });

  it('is claimed by the first agreement', () => {
    spec(agreementSlotDecider)
      .given([])
      .when(claim('A1'))
      .then([claimed('A1')]);
  });

  it('refuses another agreement while held', () => {
    spec(agreementSlotDecider)
      .given([claimed('A1')])
      .when(claim('A2'))
      .thenThrows('state', 'active_agreement_exists');
  });

  it('ignores a repeated claim by the holder', () => {
    spec(agreementSlotDecider)
      .given([claimed('A1')])
      .when(claim('A1'))
      .then([]);
  });

  it('is released by its holder and can then be claimed by another agreement', () => {
    spec(agreementSlotDecider)
      .given([claimed('A1')])
      .when(release('A1'))
      .then([released('A1')]);
    spec(agreementSlotDecider)
      .given([claimed('A1'), released('A1')])
      .when(claim('A2'))
      .then([claimed('A2')]);
  });

  it('ignores a release by an agreement that does not hold it', () => {
    spec(agreementSlotDecider)
      .given([claimed('A1')])
      .when(release('A2'))
      .then([]);
    spec(agreementSlotDecider).given([]).when(release('A1')).then([]);
  });
});
