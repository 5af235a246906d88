export { requireText, requireTime, requireNotFuture, requirePastTimeFrom } from '../shared/guards';
import { ruleViolation } from '../shared/errors';

/** What the handler knows of the unit an enforcement decision targets. */
export interface TargetUnitFacts {
  readonly id: string;
  readonly kind: string;
}

export function requireEnterprise(facts: TargetUnitFacts, enterpriseId: string): void {
  if (facts.id !== enterpriseId) {
    throw ruleViolation(
      'enterprise_mismatch',
      'the unit facts are not of enterpriseId',
      'enterpriseId',
    );
  }
  if (facts.kind !== 'enterprise') {
    throw ruleViolation(
      'not_an_enterprise',
      `${enterpriseId} is not an enterprise`,
      'enterpriseId',
    );
  }
}
