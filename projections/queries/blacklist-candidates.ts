import {
  blacklistCandidateReasons,
  type CandidateReason,
} from '../../src/domain/enforcement/blacklist-candidates';
import { toMs } from '../../src/domain/shared/time';
import type { BlacklistDoc } from '../enforcement';
import type { IncidentDoc } from '../incidents';

export interface BlacklistCandidate {
  enterpriseId: string;
  reasons: CandidateReason[];
}

/** The event that gave the incident its current grade: the last casualty revision, else the report. */
export const gradeRef = (incident: IncidentDoc) =>
  incident.refs.revisions[incident.refs.revisions.length - 1] ?? incident.refs.reported;

/** Whether the enterprise's latest listing holds at `at` (only the latest can). */
export const isListedAt = (doc: BlacklistDoc | undefined, at: string): boolean =>
  doc !== undefined && toMs(doc.listedAt) <= toMs(at) && toMs(at) < toMs(doc.listedUntil);

/**
 * Enterprises to propose for the serious-dishonesty list at `at`, by the domain's rules, over the
 * incidents that took place at each enterprise and the findings on them. A listed enterprise is
 * not proposed; after a listing has ended, only facts from its end on count again.
 */
export function blacklistCandidates(
  enterpriseIncidents: readonly IncidentDoc[],
  blacklist: readonly BlacklistDoc[],
  at: string,
): BlacklistCandidate[] {
  const listings = new Map(blacklist.map((doc) => [doc.enterpriseId, doc]));
  const byEnterprise = new Map<string, IncidentDoc[]>();
  for (const incident of enterpriseIncidents) {
    byEnterprise.set(incident.unitId, [...(byEnterprise.get(incident.unitId) ?? []), incident]);
  }
  const candidates: BlacklistCandidate[] = [];
  for (const enterpriseId of [...byEnterprise.keys()].sort()) {
    const incidents = byEnterprise.get(enterpriseId)!;
    const listing = listings.get(enterpriseId);
    const ended = listing !== undefined && toMs(listing.listedUntil) <= toMs(at);
    const reasons = blacklistCandidateReasons({
      incidents: incidents.map((incident) => ({
        ...gradeRef(incident),
        grade: incident.grade,
        occurredAt: incident.occurredAt,
      })),
      findings: incidents.flatMap((incident) =>
        incident.refs.findings.map((finding) => ({
          ...finding.ref,
          kind: finding.kind,
          establishedAt: finding.establishedAt,
        })),
      ),
      listed: isListedAt(listing, at),
      referenceIso: at,
      ...(ended ? { since: listing.listedUntil } : {}),
    });
    if (reasons.length > 0) candidates.push({ enterpriseId, reasons });
  }
  return candidates;
}
