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

/** Whether an incident event proposes, applies or rejects a correction. */
export const isCorrectionEvent = (type: string): boolean => CORRECTION_EVENTS.includes(type);

/**
 * One event of a correction's trail: the correction it belongs to (`null` for one recorded before
 * the four-eyes rule, which is its own trail) and the event.
 */
export interface CorrectionStep {
  readonly correctionId: string | null;
  readonly ref: CorrectionEventRef;
}

/** The step an incident event adds to a correction's trail, if it is a correction event. */
export const correctionStepOf = (event: RecordedIncidentEvent): CorrectionStep | null =>
  isCorrectionEvent(event.type)
    ? {
        correctionId: (event.data as { correctionId?: string }).correctionId ?? null,
        ref: event.ref,
      }
    : null;

/**
 * The events behind each correction from its steps in the order recorded: a proposal, then its
 * approval or rejection; a correction recorded before the four-eyes rule has its one event.
 */
export function correctionTrails(steps: readonly CorrectionStep[]): CorrectionEventRef[][] {
  const trails = new Map<string, CorrectionEventRef[]>();
  steps.forEach((step, index) => {
    const key = step.correctionId ?? `#${index}`;
    trails.set(key, [...(trails.get(key) ?? []), step.ref]);
  });
  return [...trails.values()];
}

/** The events behind each correction, in the order of `Incident.corrections`. */
export function correctionEvents(events: readonly RecordedIncidentEvent[]): CorrectionEventRef[][] {
  return correctionTrails(
    events.map(correctionStepOf).filter((step): step is CorrectionStep => step !== null),
  );
}

export type CorrectionWithEvents = DetailsCorrection & { events: CorrectionEventRef[] };

export const withCorrectionEvents = (
  corrections: readonly DetailsCorrection[],
  events: readonly RecordedIncidentEvent[],
): CorrectionWithEvents[] => {
  const trails = correctionEvents(events);
  return corrections.map((correction, i) => ({ ...correction, events: trails[i] ?? [] }));
};
