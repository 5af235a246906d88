import { assess } from '../../../../../src/domain/assessment/assess';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import {
  AGREEMENT_REF,
  READING,
  agreement,
  facts,
  hazard,
  hazards,
  metricTask,
  ref,
  taskScore,
} from './fixtures';

const penalty = (n: number) => ref(`penalty-P${n}`, 'e-decided');
const inspection = (n: number) => ref(`inspection-N${n}`, 'e-conducted');

describe('task section (default scheme, 60 points)', () => {
  it('scores an office-scored task by its latest score', () => {
    // T-1: 20 then re-scored 25 → 25; T-2: 30 → 55
    const result = assess(
      DEFAULT_SCHEME,
      facts({
        taskScores: [
          taskScore('T-1', 20, 'e-first'),
          taskScore('T-2', 30),
          taskScore('T-1', 25, 'e-rescored'),
        ],
      }),
      READING,
    );
    expect(result.sections.tasks).toBe(55);
    const t1 = result.items.find((i) => i.label.includes('T-1'));
    expect(t1).toMatchObject({ section: 'tasks', rule: 'task', points: 25 });
    expect(t1?.events).toEqual([AGREEMENT_REF, ref('assessment-2025-T1', 'e-rescored')]);
  });

  it('scores an unscored task 0 and lists it', () => {
    // T-1 scored 28, T-2 unscored → 28
    const result = assess(DEFAULT_SCHEME, facts({ taskScores: [taskScore('T-1', 28)] }), READING);
    expect(result.sections.tasks).toBe(28);
    expect(result.unscoredTasks).toEqual([{ code: 'T-2', title: '开展宣传教育', weight: 30 }]);
    const t2 = result.items.find((i) => i.label.includes('T-2'));
    expect(t2).toMatchObject({ rule: 'task_unscored', points: 0, events: [AGREEMENT_REF] });
  });

  it('keeps a score within the weight an amendment lowered', () => {
    const amended = agreement({
      tasks: [
        { code: 'T-1', title: '落实安全生产责任', weight: 20 },
        { code: 'T-2', title: '开展宣传教育', weight: 40 },
      ],
    });
    // T-1 scored 30 under the old weight → 20; T-2 30 → 50
    const result = assess(DEFAULT_SCHEME, facts({ agreement: amended }), READING);
    expect(result.sections.tasks).toBe(50);
  });

  describe('measured tasks: weight × min(1, actual / target)', () => {
    const measured = (
      tasks: ReturnType<typeof metricTask>[],
      overrides: Parameters<typeof facts>[0] = {},
    ) =>
      assess(
        DEFAULT_SCHEME,
        facts({ agreement: agreement({ tasks }), taskScores: [], ...overrides }),
        READING,
      );

    it('pre_incident_penalty_cases: 6 of 8 cases → 20 × 0.75 = 15', () => {
      const result = measured(
        [
          metricTask('M-1', 20, 'pre_incident_penalty_cases', 8),
          metricTask('M-2', 40, 'inspections_conducted', 1),
        ],
        {
          metrics: {
            preIncidentPenaltyCases: [1, 2, 3, 4, 5, 6].map(penalty),
            inspectionsConducted: [],
            agreementCoverage: { childUnits: 0, covered: [] },
          },
        },
      );
      // M-1: 20 × 6/8 = 15; M-2: 40 × min(1, 0/1) = 0 → 15
      expect(result.sections.tasks).toBe(15);
      const m1 = result.items.find((i) => i.label.includes('M-1'));
      expect(m1?.events).toEqual([AGREEMENT_REF, ...[1, 2, 3, 4, 5, 6].map(penalty)]);
      expect(result.unscoredTasks).toEqual([]);
    });

    it('inspections_conducted: more than the target scores the full weight', () => {
      // 12 inspections, target 10: 60 × min(1, 1.2) = 60
      const result = measured([metricTask('M-1', 60, 'inspections_conducted', 10)], {
        metrics: {
          preIncidentPenaltyCases: [],
          inspectionsConducted: Array.from({ length: 12 }, (_, i) => inspection(i)),
          agreementCoverage: { childUnits: 0, covered: [] },
        },
      });
      expect(result.sections.tasks).toBe(60);
    });

    it('hazard_rectification_rate: 9 of 10 rectified against a target of 100 → 60 × 0.9 = 54', () => {
      const open = hazard('H-open', { deadline: '2026-06-01T00:00:00.000Z' });
      const result = measured([metricTask('M-1', 60, 'hazard_rectification_rate', 100)], {
        hazards: [...hazards(9, 9), open],
      });
      // 9/10 = 90.0%; 60 × 90/100 = 54 (and the outcome rate deduction: 95 − 90 = 5)
      expect(result.sections.tasks).toBeCloseTo(54, 12);
      expect(result.sections.outcomes).toBeCloseTo(35, 12);
      const item = result.items.find((i) => i.label.includes('M-1'));
      expect(item?.events).toHaveLength(1 + 9); // the agreement and the 9 rectifications
    });

    it('hazard_rectification_rate with no hazard: 100.0 → full weight', () => {
      const result = measured([metricTask('M-1', 60, 'hazard_rectification_rate', 95)]);
      expect(result.sections.tasks).toBe(60);
    });

    it('agreement_coverage: 3 of 4 child units → 75% of a target of 100 → 60 × 0.75 = 45', () => {
      const covered = ['V1', 'V2', 'V3'].map((unitId) => ({
        unitId,
        events: [ref(`agreement-A-2025-${unitId}`, 'e-signed')],
      }));
      const result = measured([metricTask('M-1', 60, 'agreement_coverage', 100)], {
        metrics: {
          preIncidentPenaltyCases: [],
          inspectionsConducted: [],
          agreementCoverage: { childUnits: 4, covered },
        },
      });
      expect(result.sections.tasks).toBe(45);
    });

    it('agreement_coverage with no child unit is 100%', () => {
      const result = measured([metricTask('M-1', 60, 'agreement_coverage', 100)]);
      expect(result.sections.tasks).toBe(60);
    });
  });

  it('answers a unit without agreement as not assessed, with no tasks and no indicators', () => {
    const result = assess(DEFAULT_SCHEME, facts({ agreement: null }), READING);
    expect(result).toMatchObject({
      assessed: false,
      agreementId: null,
      sections: { tasks: 0, outcomes: 40, bonus: 0 },
      score: 40,
      grade: 'fail',
      unscoredTasks: [],
      controlIndicators: [],
    });
  });
});
