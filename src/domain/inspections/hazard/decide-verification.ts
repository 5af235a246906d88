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
  const data = verification('hazard', hazard.id, currentRectification(hazard), command);
  const verified: HazardEvent = { type: 'HazardVerified', data };
  const { supervision } = hazard;
  if (!data.passed || !supervision || supervision.delistedAt !== undefined) return [verified];
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

/**
 * The verification rule hazards and patrol problems share: there is a rectification to verify, a
 * verdict, a verifier, and a time between the rectification and now.
 */
export function verification(
  what: string,
  id: string,
  rectification: { rectifiedAt: string } | undefined,
  command: { passed: unknown; verifier: string; verifiedAt: string; now: string; note?: string },
) {
  if (!rectification) {
    throw ruleViolation('not_rectified', `${what} ${id} has no rectification to verify`);
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
  return {
    passed,
    verifiedAt: command.verifiedAt,
    verifier: command.verifier,
    ...(command.note !== undefined && { note: command.note }),
    rectifiedAt: rectification.rectifiedAt,
  };
}
