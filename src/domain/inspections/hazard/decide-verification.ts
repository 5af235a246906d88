import { ruleViolation } from '../../shared/errors';
import { requireBoolean, requirePastTimeFrom, requireText } from '../guards';
import type { VerifyHazardRectification } from './commands';
import type { HazardEvent } from './events';
import { requireOpen } from './guards';
import { currentRectification, type HazardState } from './state';

/** A failed verification returns the hazard to rectification; a passed one delists a major hazard (销号). */
export function decideVerification(
  command: VerifyHazardRectification,
  state: HazardState,
): HazardEvent[] {
  const hazard = requireOpen(state);
  const rectification = currentRectification(hazard);
  if (!rectification) {
    throw ruleViolation('not_rectified', `hazard ${hazard.id} has no rectification to verify`);
  }
  const passed = requireBoolean(command.passed, 'passed');
  requireText(command.verifier, 'verifier');
  requirePastTimeFrom(
    command.verifiedAt,
    rectification.rectifiedAt,
    command.now,
    'verifiedAt',
    'verified_before_rectification',
  );
  const verified: HazardEvent = {
    type: 'HazardVerified',
    data: {
      passed,
      verifiedAt: command.verifiedAt,
      verifier: command.verifier,
      ...(command.note !== undefined && { note: command.note }),
      rectifiedAt: rectification.rectifiedAt,
    },
  };
  const { supervision } = hazard;
  if (!passed || !supervision || supervision.delistedAt !== undefined) return [verified];
  return [
    verified,
    {
      type: 'HazardDelisted',
      data: {
        supervisingUnitId: supervision.supervisingUnitId,
        delistedAt: command.verifiedAt,
      },
    },
  ];
}
