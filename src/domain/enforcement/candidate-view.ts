import { labelOf } from '../shared/labels';
import type { CandidateReason } from './blacklist-candidates';

/** A rule an enterprise meets, with the events behind it. */
export interface CandidateReasonView extends CandidateReason {
  /** The rule, in Chinese. */
  ruleLabel: string;
}

/**
 * Each item of `GET /blacklist/candidates`: an enterprise not listed that meets a listing rule of
 * the serious-dishonesty list (严重失信主体名单).
 */
export interface BlacklistCandidateView {
  enterpriseId: string;
  /** The enterprise's name; `null` when the read model does not know the unit. */
  name: string | null;
  /** Every rule it meets, each with the events behind it. */
  reasons: CandidateReasonView[];
}

export const toBlacklistCandidateView = (
  enterpriseId: string,
  name: string | null,
  reasons: readonly CandidateReason[],
): BlacklistCandidateView => ({
  enterpriseId,
  name,
  reasons: reasons.map((reason) => ({
    ...reason,
    ruleLabel: labelOf('blacklistRule', reason.rule),
  })),
});
