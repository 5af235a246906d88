import { labelOf } from '../shared/labels';
import { toMs } from '../shared/time';
import type { Industry, Post } from '../units/codes';
import { coversIndustry } from '../units/queries';
import type { AssessmentFacts, EventRef, IncidentFact, PersonFact } from './facts';
import { uniqueRefs } from './points';
import type { PersonUnit, PromotionBar } from './result';
import type { Veto, VetoingIncident } from './veto';

/** The unit's posts barred when a vetoing incident occurred on their watch (党政同责). */
export const BARRED_POSTS: readonly Post[] = ['party_secretary', 'principal', 'deputy_in_charge'];

interface Ground {
  readonly personId: string;
  readonly personName: string;
  readonly post: Post | null;
  readonly unit: PersonUnit | null;
  readonly reason: string;
  readonly provisional: boolean;
  readonly events: readonly EventRef[];
}

type Directory = Pick<AssessmentFacts, 'unit' | 'persons' | 'unitNames'>;

function nameOf(directory: Directory, incident: IncidentFact, personId: string): string {
  return (
    incident.postHoldersAtOccurrence.find((h) => h.personId === personId)?.personName ??
    incident.liable.find((l) => l.personId === personId)?.personName ??
    personOf(directory, personId)?.personName ??
    personId
  );
}

const personOf = (directory: Directory, personId: string): PersonFact | undefined =>
  directory.persons?.find((p) => p.personId === personId);

/**
 * Where a person not holding a barred post in the vetoed unit belonged when the incident
 * occurred: a post held then (in the unit the investigation named with them, if one), else that
 * unit without a post.
 */
function unitOf(
  directory: Directory,
  incident: IncidentFact,
  personId: string,
  liableUnitId?: string,
): PersonUnit | null {
  const at = toMs(incident.occurredAt);
  const held = (personOf(directory, personId)?.posts ?? []).filter(
    (p) => toMs(p.from) <= at && (p.to === null || toMs(p.to) > at),
  );
  const post = held.find((p) => p.unitId === liableUnitId) ?? held[0];
  if (post) return { unitId: post.unitId, unitName: post.unitName, post: post.post };
  if (liableUnitId === undefined) return null;
  const unitName = directory.unitNames?.[liableUnitId] ?? liableUnitId;
  return { unitId: liableUnitId, unitName, post: null };
}

/** The grounds one vetoing incident gives: post holders, portfolio deputies, liable and named persons. */
function groundsOf(directory: Directory, label: string, vetoing: VetoingIncident): Ground[] {
  const { incident, causeEvents, provisional, namedPersonIds } = vetoing;
  const cause = [...causeEvents, ...incident.events];
  const { id: unitId, name: unitName } = directory.unit;
  const holders: Ground[] = incident.postHoldersAtOccurrence.flatMap((h) => {
    const inPost = `${label}：事故 ${incident.id} 发生时任${labelOf('post', h.post)}`;
    const unit = { unitId, unitName, post: h.post };
    if (BARRED_POSTS.includes(h.post)) {
      return [{ ...h, unit, reason: inPost, provisional, events: [...cause, h.event] }];
    }
    if (!coversIndustry(h, incident.industry as Industry)) return [];
    const reason = `${inPost}，分管领域含${labelOf('industry', incident.industry)}`;
    return [{ ...h, unit, reason, provisional, events: [...cause, h.event] }];
  });
  const liable: Ground[] = incident.liable.flatMap((l) =>
    l.personId === undefined
      ? []
      : [
          {
            personId: l.personId,
            personName: l.personName ?? nameOf(directory, incident, l.personId),
            post: null,
            unit: unitOf(directory, incident, l.personId, l.unitId),
            reason: `${label}：事故 ${incident.id} 调查认定责任（${l.role}：${l.finding}）`,
            provisional,
            events: [...cause, l.event],
          },
        ],
  );
  const named: Ground[] = namedPersonIds.map((personId) => ({
    personId,
    personName: nameOf(directory, incident, personId),
    post: null,
    unit: unitOf(directory, incident, personId),
    reason: `${label}：认定责任人`,
    provisional,
    events: cause,
  }));
  return [...holders, ...liable, ...named];
}

/**
 * 取消下一年度晋级、提拔资格: for each vetoing incident, the unit's party secretary, principal and
 * deputy in charge in post when it occurred, the deputies whose portfolio covered its industry
 * then, every person its investigation found liable and every person a vetoing misreporting
 * finding names. One bar per person, gathering every ground (reasons joined by "；", events in
 * order); provisional only when every ground is. Names and own units of persons who are not the
 * vetoed unit's post holders come from `facts.persons` (their posts in any unit).
 */
export function promotionBars(
  facts: Directory & Pick<AssessmentFacts, 'year'>,
  vetoes: readonly Veto[],
): PromotionBar[] {
  const grounds = vetoes.flatMap(({ reason, vetoingIncidents }) =>
    vetoingIncidents.flatMap((vetoing) => groundsOf(facts, reason.label, vetoing)),
  );
  const byPerson = new Map<string, Ground[]>();
  for (const ground of grounds) {
    const own = byPerson.get(ground.personId);
    if (own) own.push(ground);
    else byPerson.set(ground.personId, [ground]);
  }
  return [...byPerson.values()].map((own) => ({
    personId: own[0].personId,
    personName: (own.find((g) => g.post !== null) ?? own[0]).personName,
    unitId: facts.unit.id,
    post: own.find((g) => g.post !== null)?.post ?? null,
    personUnit:
      (own.find((g) => g.post !== null) ?? own.find((g) => g.unit !== null))?.unit ?? null,
    barredYear: facts.year + 1,
    reason: [...new Set(own.map((g) => g.reason))].join('；'),
    provisional: own.every((g) => g.provisional),
    events: uniqueRefs(own.flatMap((g) => g.events)),
  }));
}
