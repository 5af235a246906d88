import type { DetailsCorrection } from './state';

export interface CorrectionEventRef {
  readonly streamId: string;
  readonly eventId: string;
}

/** A stored incident event with its reference, as the read side has it. */
export interface RecordedIncidentEvent {
  readonly type: string;
  readonly data: unknown;
  readonly ref: CorrectionEventRef;
}

const CORRECTION_EVENTS: readonly string[] = [
  'IncidentCorrectionProposed',
  'IncidentDetailsCorrected',
  'IncidentCorrectionRejected',
];

/**
 * The events behind each correction, in the order of `Incident.corrections`: a proposal, then
 * its approval or rejection; a correction recorded before the four-eyes rule has its one event.
 */
export function correctionEvents(events: readonly RecordedIncidentEvent[]): CorrectionEventRef[][] {
  const trails = new Map<string, CorrectionEventRef[]>();
  events.forEach((event, index) => {
    if (!CORRECTION_EVENTS.includes(event.type)) return;
    const key = (event.data as { correctionId?: string }).correctionId ?? `#${index}`;
    trails.set(key, [...(trails.get(key) ?? []), event.ref]);
  });
  return [...trails.values()];
}

export type CorrectionWithEvents = DetailsCorrection & { events: CorrectionEventRef[] };

export const withCorrectionEvents = (
  corrections: readonly DetailsCorrection[],
  events: readonly RecordedIncidentEvent[],
): CorrectionWithEvents[] => {
  const trails = correctionEvents(events);
  return corrections.map((correction, i) => ({ ...correction, events: trails[i] ?? [] }));
};
