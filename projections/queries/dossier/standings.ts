import { labelOf } from '../../../src/domain/shared/labels';
import type { IncidentDoc } from '../../incidents';
import type { PersonDoc } from '../../persons';
import type { UnitDoc } from '../../units';
import { responsibilityChain } from '../responsibility-chain';
import { unitNameOf } from './sources';
import type { DossierStanding, Standing } from './types';

const STANDING_OF_POST: Readonly<Record<string, Standing>> = {
  party_secretary: 'head',
  principal: 'head',
  deputy_in_charge: 'deputy_in_charge',
  safety_director: 'safety_director',
};

const standing = (as: Standing) => ({ as, asLabel: labelOf('standing', as) });
const postOf = (post: string) => ({ post, postLabel: labelOf('post', post) });

/**
 * How the person stood in the incident's responsibility chain at its occurrence (the chain of
 * responsibility-chain.ts, so the same rules decide): in post in a unit of the chain, as a deputy
 * whose portfolio covered its industry, or found liable by its investigation's conclusion.
 * `units` must hold the units of the incident's place path and the person's departments.
 */
export function standingsIn(
  incident: IncidentDoc,
  person: PersonDoc,
  units: ReadonlyMap<string, UnitDoc>,
): DossierStanding[] {
  const held = new Set(person.posts.map((p) => p.unitId));
  const chainUnits = [...new Set([...incident.placePath, ...held])]
    .map((id) => units.get(id))
    .filter((unit): unit is UnitDoc => unit !== undefined);
  const chain = responsibilityChain(
    { unitId: incident.unitId, path: incident.placePath, industry: incident.industry },
    chainUnits,
    [],
    incident.occurredAt,
  );
  const inChain: DossierStanding[] = chain.links
    .filter((link) => held.has(link.unitId))
    .flatMap((link) => [
      ...link.posts
        .filter((p) => p.personId === person._id && STANDING_OF_POST[p.post] !== undefined)
        .map((p) => ({
          ...standing(STANDING_OF_POST[p.post]),
          unitId: link.unitId,
          unitName: link.name,
          ...postOf(p.post),
          events: [p.ref],
        })),
      ...link.portfolioHolders
        .filter((p) => p.personId === person._id)
        .map((p) => ({
          ...standing('portfolio'),
          unitId: link.unitId,
          unitName: link.name,
          ...postOf(p.post),
          events: [p.ref],
        })),
    ]);
  return [...inChain, ...liableIn(incident, person._id, units)];
}

/** The conclusion's liable entries naming the person. */
function liableIn(
  incident: IncidentDoc,
  personId: string,
  units: ReadonlyMap<string, UnitDoc>,
): DossierStanding[] {
  const conclusion = incident.state.investigation?.conclusion;
  const ref = incident.refs.conclusion;
  if (!conclusion || !ref) return [];
  return conclusion.liable
    .filter((l) => l.personId === personId)
    .map((l) => {
      const unitId = l.unitId ?? incident.unitId;
      return {
        ...standing('liable'),
        unitId,
        unitName: unitNameOf(units, unitId),
        post: null,
        postLabel: null,
        role: l.role,
        finding: l.finding,
        events: [ref],
      };
    });
}
