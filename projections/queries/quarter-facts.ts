import type { AssessmentFacts, MetricFacts } from '../../src/domain/assessment/facts';
import { factsBy } from '../../src/domain/assessment/quarters';
import { toMs } from '../../src/domain/shared/time';
import type { YearIndex } from './year-index';

/**
 * One unit's facts as they stand at `reference` (a quarter's end, or the reading time if earlier)
 * by business dates, from the facts of the whole year (`buildFacts`) and the year's index:
 * - the agreement counts once signed (`signedAt`) by then: a unit whose agreement was signed later
 *   is not assessed yet (its terms are those in force now, amendments included);
 * - metric tasks count the inspections conducted by then, the pre-incident penalty cases decided
 *   by then and not revoked by then, and the child units whose agreements were signed by then;
 * - everything else as `factsBy` keeps it (incidents by `occurredAt`, task scores by
 *   `evaluatedAt`, …).
 */
export function buildFactsAt(
  index: YearIndex,
  facts: AssessmentFacts,
  reference: string,
): AssessmentFacts {
  const referenceMs = toMs(reference);
  const by = (iso: string): boolean => toMs(iso) <= referenceMs;
  const signed = index.agreementOf(facts.unit.id);
  return {
    ...factsBy(facts, reference),
    agreement: facts.agreement && signed && by(signed.signedAt) ? facts.agreement : null,
    metrics: metricsBy(index, facts, by),
  };
}

function metricsBy(
  index: YearIndex,
  facts: AssessmentFacts,
  by: (iso: string) => boolean,
): MetricFacts {
  const unitId = facts.unit.id;
  const year = index.year;
  const children = index.children(unitId);
  return {
    preIncidentPenaltyCases: index
      .penaltiesOf(unitId)
      .filter(
        (p) =>
          p.phase === 'pre_incident' &&
          p.year === year &&
          by(p.decidedAt) &&
          !(p.revoked && (p.revokedAt === null || by(p.revokedAt))),
      )
      .map((p) => p.ref),
    inspectionsConducted: index
      .inspectionsOf(unitId)
      .filter((i) => by(i.conductedAt))
      .map((i) => i.ref),
    agreementCoverage: {
      childUnits: children.length,
      covered: children.flatMap((child) => {
        const agreement = index.agreementOf(child._id);
        return agreement && by(agreement.signedAt)
          ? [{ unitId: child._id, events: [agreement.ref] }]
          : [];
      }),
    },
  };
}
