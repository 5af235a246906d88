import { HOUR_MS, toMs } from '../shared/time';
import type { IncidentDetailsCorrected, MisreportingFindingEstablished } from './events';
import type { MisreportingFinding } from './state';

const MINUTE_MS = 60 * 1000;

/**
 * The unit's head must report within 1 hour of learning of the incident (493号令 art. 9);
 * exactly one hour is on time.
 */
export const isLateReport = (headInformedAt: string, reportedAt: string): boolean =>
  toMs(reportedAt) - toMs(headInformedAt) > HOUR_MS;

/** Whole minutes between two instants, rounded up so a late report never reads as 60. */
export const reportDelayMinutes = (fromIso: string, toIso: string): number =>
  Math.ceil((toMs(toIso) - toMs(fromIso)) / MINUTE_MS);

/** A late report counts as a `late` finding against the place, established at `reportedAt`. */
export const automaticLateFinding = (
  headInformedAt: string,
  reportedAt: string,
  placeUnitId: string,
): MisreportingFinding => ({
  kind: 'late',
  establishedAt: reportedAt,
  detail: `reported ${reportDelayMinutes(headInformedAt, reportedAt)} minutes after the head of the unit learnt of it`,
  automatic: true,
  responsibleUnitIds: [placeUnitId],
  responsiblePersonIds: [],
});

/** The event that establishes `finding`. */
export const findingEstablished = (
  finding: MisreportingFinding,
): MisreportingFindingEstablished => ({
  type: 'MisreportingFindingEstablished',
  data: {
    ...finding,
    responsibleUnitIds: [...finding.responsibleUnitIds],
    responsiblePersonIds: [...finding.responsiblePersonIds],
  },
});

/** The automatic finding of a late initial report (not a manual one, not a late relay's). */
export const isAutomaticLateReportFinding = (
  finding: Pick<MisreportingFinding, 'kind' | 'automatic' | 'relayUnitId'>,
): boolean => finding.kind === 'late' && finding.automatic && finding.relayUnitId === undefined;

/**
 * A correction of the place recorded before the four-eyes rule (no `correctionId`) did not move
 * the automatic late finding, which then named no responsible units: it reads as moved to the
 * corrected place, as a correction now moves it (withdrawn and established again naming it).
 */
export const followsOldPlaceCorrection = (data: IncidentDetailsCorrected['data']): boolean =>
  data.field === 'unitId' && data.correctionId === undefined;
