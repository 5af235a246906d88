import { labelOf } from '../../shared/labels';
import type { EventRef } from '../facts';
import type { EscalationCandidate, EscalationItem } from './candidates';
import type { EscalationReason } from './codes';

export interface EscalationItemView extends EscalationItem {
  /** 隐患 / 巡查督查问题 / 督办函. */
  kindLabel: string;
  events: EventRef[];
}

/** A candidate with Chinese labels (in a unit's assessment, and the base of `GET /escalations`). */
export interface EscalationCandidateView extends Omit<
  EscalationCandidate,
  'reasons' | 'items' | 'interviews' | 'handledBy'
> {
  /** 约谈 / 通报. */
  formLabel: string;
  reasons: EscalationReason[];
  reasonLabels: string[];
  items: EscalationItemView[];
  interviews: EventRef[];
  handledBy?: EventRef;
  /** Whether `handledBy` is there. */
  handled: boolean;
}

export const toEscalationCandidateView = ({
  handledBy,
  ...candidate
}: EscalationCandidate): EscalationCandidateView => ({
  ...candidate,
  formLabel: labelOf('escalationForm', candidate.form),
  reasons: [...candidate.reasons],
  reasonLabels: candidate.reasons.map((r) => labelOf('escalationReason', r)),
  items: candidate.items.map((item) => ({
    ...item,
    kindLabel: labelOf('escalationItemKind', item.kind),
    events: [...item.events],
  })),
  interviews: [...candidate.interviews],
  ...(handledBy && { handledBy }),
  handled: handledBy !== undefined,
});
