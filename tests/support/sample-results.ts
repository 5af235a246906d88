import { randomUUID } from 'node:crypto';
import { rank, type Ranked } from '../../src/domain/assessment/ranking';
import type { AssessmentResult } from '../../src/domain/assessment/result';
import type { UnitKind } from '../../src/domain/units/codes';

const ref = (streamId: string) => ({ streamId, eventId: randomUUID() });

/**
 * An assessed unit's result as `assess` shapes it: a scored task, a general incident, an
 * interview; with `vetoed`, a larger incident that vetoes the unit (provisional: its nature is
 * pending) and bars its principal and a deputy.
 */
export function sampleResult(
  unitId: string,
  unitName: string,
  kind: UnitKind,
  score: number,
  { vetoed = false }: { vetoed?: boolean } = {},
): AssessmentResult {
  const incident = ref(`incident-I-${unitId}`);
  const larger = ref(`incident-IL-${unitId}`);
  const bar = (personId: string, personName: string, post: 'principal' | 'deputy_in_charge') => ({
    personId,
    personName,
    unitId,
    post,
    personUnit: { unitId, unitName, post },
    barredYear: 2026,
    reason: '本单位发生较大事故被一票否决（发生时在任）',
    provisional: true,
    events: [larger],
  });
  return {
    unitId,
    unitName,
    unitKind: kind,
    year: 2025,
    assessed: true,
    agreementId: `A-${unitId}`,
    referenceDate: '2025-12-31T15:59:59.999Z',
    finalized: false,
    score,
    grade: vetoed
      ? 'fail'
      : score >= 90
        ? 'excellent'
        : score >= 80
          ? 'good'
          : score >= 60
            ? 'pass'
            : 'fail',
    vetoed,
    vetoReasons: vetoed
      ? [
          {
            rule: 'incidents:larger:1',
            label: '发生较大及以上事故：坍塌（IL-' + unitId + '）',
            provisional: true,
            events: [larger],
          },
        ]
      : [],
    yellowCard: !vetoed && score >= 60 && score < 70,
    sections: { tasks: 50, outcomes: score - 50, bonus: 0 },
    items: [
      {
        section: 'tasks',
        rule: 'task',
        label: '综合工作：50 / 60',
        points: 50,
        provisional: false,
        events: [ref(`assessment-2025-${unitId}`)],
      },
      {
        section: 'outcomes',
        rule: 'general_incident',
        label: '一般事故 物体打击：死亡 1 人',
        points: -4,
        provisional: false,
        events: [incident, ref(`incident-I-${unitId}`)],
      },
      {
        section: 'outcomes',
        rule: 'interview',
        label: '约谈（上级单位）',
        points: -1,
        provisional: false,
        events: [ref(`accountability-ACT-${unitId}`)],
      },
    ],
    unscoredTasks: [],
    rectificationRate: {
      identified: 10,
      rectified: 9,
      rate: 90,
      overdueMajor: 0,
      overdueGeneral: 1,
    },
    promotionBars: vetoed
      ? [
          bar(`P-${unitId}`, `张${unitId}`, 'principal'),
          bar(`Q-${unitId}`, `李${unitId}`, 'deputy_in_charge'),
        ]
      : [],
    awardDisqualified: vetoed,
    controlIndicators: [],
    escalations: [],
  };
}

/** A year of `count` towns (every 20th vetoed) and a few departments, ranked. */
export function sampleYear(count: number): Ranked<AssessmentResult>[] {
  const results = Array.from({ length: count }, (_, i) =>
    sampleResult(`T${i + 1}`, `第${i + 1}镇人民政府`, 'town', 55 + ((i * 7) % 45), {
      vetoed: i % 20 === 19,
    }),
  );
  results.push(sampleResult('B1', '住房和城乡建设局', 'department', 88));
  results.push(sampleResult('B2', '应急管理局', 'department', 91));
  return rank(results);
}
