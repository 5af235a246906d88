import type { CorrectionWithEvents } from '../incidents/correction-trail';
import { labelOf } from '../shared/labels';
import type { EventRef } from './facts';

/** An applied correction a result rests on: who proposed, who approved, before and after. */
export interface RestingCorrection {
  readonly incidentId: string;
  readonly correctionId?: string;
  /** Absent for a correction recorded before the four-eyes rule (applied at once, unapproved). */
  readonly proposedBy?: string;
  readonly approvedBy?: string;
  readonly reason: string;
  readonly correctedAt?: string;
  /** Each changed field (`fieldLabel`: its name in Chinese), before and after. */
  readonly changes: readonly { field: string; fieldLabel: string; from: string; to: string }[];
  readonly events: readonly EventRef[];
}

const key = (ref: EventRef): string => `${ref.streamId}/${ref.eventId}`;

/** Every event a result names, wherever it names it. */
export function eventsNamedBy(result: unknown): EventRef[] {
  if (Array.isArray(result)) return result.flatMap(eventsNamedBy);
  if (result === null || typeof result !== 'object') return [];
  const value = result as Record<string, unknown>;
  if (typeof value.streamId === 'string' && typeof value.eventId === 'string') {
    return [{ streamId: value.streamId, eventId: value.eventId }];
  }
  return Object.values(value).flatMap(eventsNamedBy);
}

/** The applied corrections of an incident whose applying event the result names. */
export function restingCorrections(
  incidentId: string,
  corrections: readonly CorrectionWithEvents[],
  named: readonly EventRef[],
): RestingCorrection[] {
  const keys = new Set(named.map(key));
  return corrections
    .filter((c) => c.status === 'applied' && c.events.some((ref) => keys.has(key(ref))))
    .map((c) => ({
      incidentId,
      ...(c.correctionId !== undefined && { correctionId: c.correctionId }),
      ...(c.proposedBy !== undefined && { proposedBy: c.proposedBy }),
      ...(c.approvedBy !== undefined && { approvedBy: c.approvedBy }),
      reason: c.reason,
      ...(c.correctedAt !== undefined && { correctedAt: c.correctedAt }),
      changes: [
        {
          field: c.field,
          fieldLabel: labelOf('correctableField', c.field),
          from: c.from,
          to: c.to,
        },
      ],
      events: c.events,
    }));
}
