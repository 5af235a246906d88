import { INDUSTRY_LABELS, POST_LABELS, type Industry, type Post } from '../units/codes';
import { coversIndustry } from '../units/queries';
import type { EventRef, IncidentFact } from './facts';
import { uniqueRefs } from './points';
import type { PromotionBar } from './result';
import type { Veto, VetoingIncident } from './veto';

/** The unit's posts barred when a vetoing incident occurred on their watch (党政同责). */
export const BARRED_POSTS: readonly Post[] = ['party_secretary', 'principal', 'deputy_in_charge'];

interface Ground {
  readonly personId: string;
  readonly personName: string;
  readonly post: Post | null;
  readonly reason: string;
  readonly provisional: boolean;
  readonly events: readonly EventRef[];
}

const industryLabel = (industry: string): string =>
  INDUSTRY_LABELS[industry as Industry] ?? industry;

function nameOf(incident: IncidentFact, personId: string): string {
  return (
    incident.postHoldersAtOccurrence.find((h) => h.personId === personId)?.personName ??
    incident.liable.find((l) => l.personId === personId)?.personName ??
    personId
  );
}

/** The grounds one vetoing incident gives: post holders, portfolio deputies, liable and named persons. */
function groundsOf(label: string, vetoing: VetoingIncident): Ground[] {
  const { incident, causeEvents, provisional, namedPersonIds } = vetoing;
  const cause = [...causeEvents, ...incident.events];
  const holders: Ground[] = incident.postHoldersAtOccurrence.flatMap((h) => {
    const inPost = `${label}：事故 ${incident.id} 发生时任${POST_LABELS[h.post]}`;
    if (BARRED_POSTS.includes(h.post)) {
      return [{ ...h, reason: inPost, provisional, events: [...cause, h.event] }];
    }
    if (!coversIndustry(h, incident.industry as Industry)) return [];
    const reason = `${inPost}，分管领域含${industryLabel(incident.industry)}`;
    return [{ ...h, reason, provisional, events: [...cause, h.event] }];
  });
  const liable: Ground[] = incident.liable.flatMap((l) =>
    l.personId === undefined
      ? []
      : [
          {
            personId: l.personId,
            personName: l.personName ?? nameOf(incident, l.personId),
            post: null,
            reason: `${label}：事故 ${incident.id} 调查认定责任（${l.role}：${l.finding}）`,
            provisional,
            events: [...cause, l.event],
          },
        ],
  );
  const named: Ground[] = namedPersonIds.map((personId) => ({
    personId,
    personName: nameOf(incident, personId),
    post: null,
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
 * order); provisional only when every ground is.
 */
export function promotionBars(
  unitId: string,
  year: number,
  vetoes: readonly Veto[],
): PromotionBar[] {
  const grounds = vetoes.flatMap(({ reason, vetoingIncidents }) =>
    vetoingIncidents.flatMap((vetoing) => groundsOf(reason.label, vetoing)),
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
    unitId,
    post: own.find((g) => g.post !== null)?.post ?? null,
    barredYear: year + 1,
    reason: [...new Set(own.map((g) => g.reason))].join('；'),
    provisional: own.every((g) => g.provisional),
    events: uniqueRefs(own.flatMap((g) => g.events)),
  }));
}
