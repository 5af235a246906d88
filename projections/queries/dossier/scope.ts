import type { Dossier } from './types';

/** Every unit a line of the dossier belongs to (to ask which of them a reader may see). */
export function unitsOfDossier(dossier: Dossier): string[] {
  const units = [
    ...dossier.posts.map((p) => p.unitId),
    ...dossier.agreements.map((a) => a.unitId),
    ...dossier.incidents.flatMap((i) => [
      i.unitId,
      ...i.standings.map((s) => s.unitId),
      ...i.costs.map((c) => c.unitId),
    ]),
    ...dossier.misreportingFindings.map((f) => f.unitId),
    ...dossier.liableFindings.map((l) => l.unitId),
    ...dossier.accountabilityActions.map((a) => a.targetUnitId),
    ...dossier.promotionBars.map((b) => b.unitId),
    ...dossier.overdueMajorHazards.flatMap((h) => [h.unitId, h.heldUnitId]),
  ];
  return [...new Set(units)];
}

/**
 * The dossier as a scoped reader sees it: only lines of units it may see. A post, a signature, a
 * misreporting finding or liability, an action or a bar by its unit; an incident by its place,
 * keeping the standings and costs of visible units (and dropped when none is left); an overdue
 * hazard when both its unit and the unit of the post are visible. The names are those of the
 * posts and signatures left.
 */
export function scopedDossier(dossier: Dossier, visible: (unitId: string) => boolean): Dossier {
  const incidents = dossier.incidents
    .filter((i) => visible(i.unitId))
    .map((i) => ({
      ...i,
      standings: i.standings.filter((s) => visible(s.unitId)),
      costs: i.costs.filter((c) => visible(c.unitId)),
    }))
    .filter((i) => i.standings.length > 0);
  const posts = dossier.posts.filter((p) => visible(p.unitId));
  const agreements = dossier.agreements.filter((a) => visible(a.unitId));
  return {
    ...dossier,
    names: [...new Set([...posts, ...agreements].map((line) => line.personName))],
    posts,
    agreements,
    incidents,
    misreportingFindings: dossier.misreportingFindings.filter((f) => visible(f.unitId)),
    liableFindings: dossier.liableFindings.filter((l) => visible(l.unitId)),
    accountabilityActions: dossier.accountabilityActions.filter((a) => visible(a.targetUnitId)),
    promotionBars: dossier.promotionBars.filter((b) => visible(b.unitId)),
    overdueMajorHazards: dossier.overdueMajorHazards.filter(
      (h) => visible(h.unitId) && visible(h.heldUnitId),
    ),
  };
}
