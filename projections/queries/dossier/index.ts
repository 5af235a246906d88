import type { UnitDoc } from '../../units';
import { overdueMajorHazards } from './hazards';
import { costYearsOf, dossierIncidents, incidentsWithStandings } from './incidents';
import {
  dossierActions,
  dossierAgreements,
  dossierBars,
  dossierLiabilities,
  dossierMisreporting,
  dossierPosts,
} from './records';
import type { DossierSources } from './sources';
import type { Dossier, DossierWindow } from './types';

export type { DossierSources } from './sources';
export * from './types';
export { scopedDossier, unitsOfDossier } from './scope';
export { dossierPost } from './records';

const unitMap = (units: readonly UnitDoc[]) => new Map(units.map((unit) => [unit._id, unit]));

/**
 * The assessment years whose results a dossier reads (bars and costs): those of the incidents
 * for which the person stood in the chain or was found liable, and of their findings, and those
 * of the findings naming the person, whatever the window (a finding established this year on an
 * incident of an earlier year costs this year).
 */
export function dossierYears(sources: Omit<DossierSources, 'results'>): number[] {
  const units = unitMap(sources.units);
  const standing = incidentsWithStandings(sources, units).map(({ incident }) => incident);
  const naming = sources.incidents.filter((incident) =>
    incident.refs.findings.some((f) => f.responsiblePersonIds.includes(sources.person._id)),
  );
  const years = [...standing, ...naming].flatMap(costYearsOf);
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * A person's dossier over the window, as the sources have it at `readingTime` (now, or the
 * `asOf` time): posts, agreements signed, incidents for which the person stood in a
 * responsibility chain with what they cost, misreporting and liable findings, accountability
 * actions, promotion bars and the major hazards overdue under their principal posts. Every line
 * names its events. Unscoped: cut it for a scoped reader with `scopedDossier`.
 */
export function dossier(
  sources: DossierSources,
  window: DossierWindow,
  readingTime: string,
): Dossier {
  const units = unitMap(sources.units);
  const posts = dossierPosts(sources, window);
  const agreements = dossierAgreements(sources, units, window);
  return {
    personId: sources.person._id,
    names: [...sources.person.names],
    from: window.from ?? null,
    to: window.to ?? null,
    readingTime,
    posts,
    agreements,
    incidents: dossierIncidents(sources, units, window),
    misreportingFindings: dossierMisreporting(sources, window),
    liableFindings: dossierLiabilities(sources, window),
    accountabilityActions: dossierActions(sources, window),
    promotionBars: dossierBars(sources, window),
    overdueMajorHazards: overdueMajorHazards(
      sources.person.posts,
      sources.hazards,
      units,
      window,
      readingTime,
    ),
  };
}
