import { POST_LABELS, type Post } from '../units/codes';
import type { EventRef } from './facts';
import { uniqueRefs } from './points';
import type { PromotionBar } from './result';
import type { Veto } from './veto';

/** The unit's posts barred when a vetoing incident occurred on their watch. */
export const BARRED_POSTS: readonly Post[] = ['party_secretary', 'principal', 'deputy_in_charge'];

interface Ground {
  readonly personId: string;
  readonly personName: string;
  readonly post: Post | null;
  readonly reason: string;
  readonly events: readonly EventRef[];
}

/**
 * 取消下一年度晋级、提拔资格: for each vetoing incident, the unit's party secretary, principal and
 * deputy in charge in post when it occurred, and every person its investigation found liable.
 * One bar per person, gathering every ground (reasons joined by "；", events in order).
 */
export function promotionBars(
  unitId: string,
  year: number,
  vetoes: readonly Veto[],
): PromotionBar[] {
  const grounds: Ground[] = vetoes.flatMap(({ reason, vetoingIncidents }) =>
    vetoingIncidents.flatMap(({ incident, causeEvents }) => {
      const cause = [...causeEvents, ...incident.events];
      const holders: Ground[] = incident.postHoldersAtOccurrence
        .filter((h) => BARRED_POSTS.includes(h.post))
        .map((h) => ({
          personId: h.personId,
          personName: h.personName,
          post: h.post,
          reason: `${reason.label}：事故 ${incident.id} 发生时任${POST_LABELS[h.post]}`,
          events: [...cause, h.event],
        }));
      const liable: Ground[] = incident.liable.flatMap((l) =>
        l.personId === undefined
          ? []
          : [
              {
                personId: l.personId,
                personName:
                  l.personName ??
                  incident.postHoldersAtOccurrence.find((h) => h.personId === l.personId)
                    ?.personName ??
                  l.personId,
                post: null,
                reason: `${reason.label}：事故 ${incident.id} 调查认定责任（${l.role}：${l.finding}）`,
                events: [...cause, l.event],
              },
            ],
      );
      return [...holders, ...liable];
    }),
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
    events: uniqueRefs(own.flatMap((g) => g.events)),
  }));
}
