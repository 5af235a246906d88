import { HOUR_MS, toMs } from '../shared/time';
import { reportDelayMinutes } from './lateness';
import type { MisreportingFinding } from './state';

/** Each government level passes the report up within 2 hours of receiving it (493号令 art. 10). */
export const RELAY_LIMIT_MS = 2 * HOUR_MS;

export const isLateRelay = (receivedAt: string, forwardedAt: string): boolean =>
  toMs(forwardedAt) - toMs(receivedAt) > RELAY_LIMIT_MS;

/** A late relay counts as a `late` finding against the relaying unit, established at `forwardedAt`. */
export const lateRelayFinding = (
  unitId: string,
  receivedAt: string,
  forwardedAt: string,
): MisreportingFinding => ({
  kind: 'late',
  establishedAt: forwardedAt,
  detail: `relayed by ${unitId} ${reportDelayMinutes(receivedAt, forwardedAt)} minutes after receipt`,
  automatic: true,
  responsibleUnitIds: [unitId],
  responsiblePersonIds: [],
  relayUnitId: unitId,
});

/** The finding about the report itself, as opposed to one about a relay. */
export const isReportFinding = (finding: Pick<MisreportingFinding, 'relayUnitId'>): boolean =>
  finding.relayUnitId === undefined;
