import { assess } from '../../../../../src/domain/assessment/assess';
import { escalationCandidates } from '../../../../../src/domain/assessment/escalation';
import type {
  AssessmentFacts,
  ProblemFact,
  SupervisionOrderFact,
} from '../../../../../src/domain/assessment/facts';
import { DEFAULT_SCHEME } from '../../../../../src/domain/assessment/scheme';
import { DAY_MS } from '../../../../../src/domain/shared/time';
import { action, facts, hazard, READING, ref } from '../assess/fixtures';

/*
 * The escalation rule of DOMAIN "Supervision by the office" at its edges. The unit is the town T1,
 * under the district D1, under the city C1. Deadlines fall on 2025-04-01T00:00Z unless said.
 */
const DEADLINE = '2025-04-01T00:00:00.000Z';
const DEADLINE_MS = Date.parse(DEADLINE);
/** 30 calendar days after 1 April (CST) end at 24:00 CST on 1 May. */
const DUE = Date.parse('2025-05-01T16:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

const problem = (id: string, overrides: Partial<ProblemFact> = {}): ProblemFact => ({
  id,
  raisedAt: '2025-03-01T00:00:00.000Z',
  initialDeadline: DEADLINE,
  event: ref(`problem-${id}`, `e-raised-${id}`),
  extensions: [],
  rectifications: [],
  ...overrides,
});

const order = (
  id: string,
  overrides: Partial<SupervisionOrderFact> = {},
): SupervisionOrderFact => ({
  id,
  issuedAt: '2025-03-01T00:00:00.000Z',
  deadline: DEADLINE,
  event: ref(`supervisionorder-${id}`, `e-issued-${id}`),
  ...overrides,
});

const interview = (id: string, decidedAt: string, decidingUnitId = 'D1') =>
  action(id, { form: 'interview', decidedAt, decidingUnitId });

const candidates = (overrides: Partial<AssessmentFacts>, referenceMs: number) =>
  escalationCandidates(facts(overrides), referenceMs);

const major = hazard('H1', { level: 'major', deadline: DEADLINE });

describe('escalation candidates: an interview (约谈) by the territorial parent', () => {
  it('is not due for a major hazard overdue until 23:59:59.999 CST of the 30th calendar day', () => {
    expect(candidates({ hazards: [major] }, DUE - 1)).toEqual([]);
    // 30 × 24 hours after the deadline is still within its 30th day.
    expect(candidates({ hazards: [major] }, DEADLINE_MS + 30 * DAY_MS + 1)).toEqual([]);
  });

  it('is due for a major hazard still overdue at 24:00 CST of the 30th day, naming it and its events', () => {
    expect(candidates({ hazards: [major] }, DUE)).toEqual([
      {
        unitId: 'T1',
        form: 'interview',
        byUnitId: 'D1',
        reasons: ['major_hazard_overdue'],
        since: at(DUE),
        items: [
          {
            kind: 'hazard',
            id: 'H1',
            streamId: 'hazard-H1',
            major: true,
            overdueSince: DEADLINE,
            events: [ref('hazard-H1', 'e-identified')],
          },
        ],
        interviews: [],
      },
    ]);
  });

  it('is due for a problem overdue more than 30 days, not for a general hazard or an order', () => {
    const late = DEADLINE_MS + 90 * DAY_MS;
    const general = hazard('H2', { deadline: DEADLINE });
    expect(candidates({ hazards: [general], orders: [order('O1')] }, late)).toEqual([]);
    const [candidate] = candidates({ problems: [problem('P1')] }, late);
    expect(candidate.reasons).toEqual(['problem_overdue']);
    expect(candidate.items.map((i) => i.streamId)).toEqual(['problem-P1']);
  });

  it('is due for three overdue items of any kind, not for two', () => {
    const justOverdue = DEADLINE_MS + 1;
    const two = { hazards: [hazard('H2', { deadline: DEADLINE })], orders: [order('O1')] };
    expect(candidates(two, justOverdue)).toEqual([]);
    const three = { ...two, problems: [problem('P1')] };
    const [candidate] = candidates(three, justOverdue);
    expect(candidate.reasons).toEqual(['many_overdue']);
    expect(candidate.since).toBe(DEADLINE);
    expect(candidate.items.map((i) => i.streamId).sort()).toEqual([
      'hazard-H2',
      'problem-P1',
      'supervisionorder-O1',
    ]);
  });

  it('counts nothing rectified or closed by the reference, and no unit without a parent', () => {
    const late = DEADLINE_MS + 90 * DAY_MS;
    const rectified = problem('P1', {
      rectifications: [{ rectifiedAt: at(late - DAY_MS), event: ref('problem-P1', 'e-r') }],
    });
    const closed = order('O1', {
      closure: { closedAt: at(late - DAY_MS), event: ref('supervisionorder-O1', 'e-c') },
    });
    const general = [hazard('H2', { deadline: DEADLINE }), hazard('H3', { deadline: DEADLINE })];
    expect(candidates({ problems: [rectified], orders: [closed], hazards: general }, late)).toEqual(
      [],
    );
    const root = { id: 'C1', name: '市', kind: 'city' as const, ancestors: [] };
    expect(candidates({ unit: root, hazards: [major] }, late)).toEqual([]);
  });

  it('dates an item from its last failed verification, and from the extended deadline', () => {
    const failedMs = DEADLINE_MS + 10 * DAY_MS;
    const failed = problem('P1', {
      rectifications: [
        {
          rectifiedAt: at(DEADLINE_MS - DAY_MS),
          event: ref('problem-P1', 'e-r'),
          verification: {
            passed: false,
            verifiedAt: at(failedMs),
            event: ref('problem-P1', 'e-v'),
          },
        },
      ],
    });
    const extendedTo = DEADLINE_MS + 20 * DAY_MS;
    const extended = hazard('H1', {
      level: 'major',
      deadline: DEADLINE,
      extensions: [{ deadline: at(extendedTo), extendedAt: at(DEADLINE_MS - DAY_MS) }],
    });
    const soon = candidates({ problems: [failed], hazards: [extended] }, failedMs + 30 * DAY_MS);
    expect(soon).toEqual([]);
    // The extended deadline falls on 21 April: its 30 days end at 24:00 CST on 21 May.
    const [candidate] = candidates(
      { problems: [failed], hazards: [extended] },
      Date.parse('2025-05-21T16:00:00.000Z'),
    );
    expect(candidate.items).toEqual([
      expect.objectContaining({ id: 'P1', overdueSince: at(failedMs) }),
      expect.objectContaining({
        id: 'H1',
        overdueSince: at(extendedTo),
        events: [ref('hazard-H1', 'e-identified'), ref('hazard-H1', 'e-extended-0')],
      }),
    ]);
  });

  it('is handled by an interview an ancestor decided once the items were overdue', () => {
    const late = DEADLINE_MS + 60 * DAY_MS;
    const handledBy = (actions: AssessmentFacts['accountabilityActions']) =>
      candidates({ hazards: [major], accountabilityActions: actions }, late)[0].handledBy;
    const byParent = interview('A1', at(DEADLINE_MS + 40 * DAY_MS));
    const byCity = interview('A2', at(DEADLINE_MS + 40 * DAY_MS), 'C1');
    expect(handledBy([byParent])).toEqual(byParent.event);
    expect(handledBy([byCity])).toEqual(byCity.event);
    // A sibling town is no ancestor; an interview before the hazard was overdue is about other things.
    expect(handledBy([interview('A3', at(DEADLINE_MS + 40 * DAY_MS), 'T2')])).toBeUndefined();
    expect(handledBy([interview('A4', at(DEADLINE_MS - DAY_MS))])).toBeUndefined();
    // A circular does not handle an interview candidate.
    const circular = action('A5', { decidedAt: at(DEADLINE_MS + 40 * DAY_MS) });
    expect(handledBy([circular])).toBeUndefined();
  });
});

describe('escalation candidates: a circular (通报) after an interview', () => {
  const interviewedMs = DEADLINE_MS + 10 * DAY_MS;
  const interviewed = interview('A1', at(interviewedMs));

  it('is due once an item overdue at the interview is still overdue more than 30 days after', () => {
    const still = (referenceMs: number) =>
      candidates({ hazards: [major], accountabilityActions: [interviewed] }, referenceMs).filter(
        (c) => c.form === 'circular',
      );
    // Interviewed on 11 April (CST): 30 days after it end at 24:00 CST on 11 May.
    const due = Date.parse('2025-05-11T16:00:00.000Z');
    expect(still(due - 1)).toEqual([]);
    expect(still(due)).toEqual([
      {
        unitId: 'T1',
        form: 'circular',
        byUnitId: 'D1',
        reasons: ['overdue_after_interview'],
        since: at(due),
        items: [expect.objectContaining({ streamId: 'hazard-H1', overdueSince: DEADLINE })],
        interviews: [interviewed.event],
      },
    ]);
  });

  it('is not due after an interview by a non-ancestor, nor for an item that broke its course', () => {
    const later = interviewedMs + 31 * DAY_MS;
    const bySibling = interview('A2', at(interviewedMs), 'T2');
    expect(
      candidates({ hazards: [major], accountabilityActions: [bySibling] }, later).map(
        (c) => c.form,
      ),
    ).toEqual(['interview']);
    // A general hazard rectified after the interview and failed again: overdue now, but not
    // without a break since the interview. (A major one counts as rectified only once verified.)
    const general = { level: 'general' as const, deadline: DEADLINE };
    const unbroken = hazard('H2', general);
    const broken = hazard('H2', {
      ...general,
      rectifiedAt: at(interviewedMs + DAY_MS),
      verification: { passed: false, verifiedAt: at(interviewedMs + 2 * DAY_MS) },
    });
    const forms = (h: typeof broken) =>
      candidates({ hazards: [h], accountabilityActions: [interviewed] }, later).map((c) => c.form);
    expect(forms(unbroken)).toEqual(['circular']);
    expect(forms(broken)).toEqual([]);
  });

  it('is handled by a circular an ancestor decided after the interview', () => {
    const later = interviewedMs + 40 * DAY_MS;
    const circular = action('A3', {
      decidedAt: at(interviewedMs + 35 * DAY_MS),
      decidingUnitId: 'C1',
    });
    const found = candidates(
      { hazards: [major], accountabilityActions: [interviewed, circular] },
      later,
    );
    expect(found.map((c) => [c.form, c.handledBy])).toEqual([
      ['interview', interviewed.event],
      ['circular', circular.event],
    ]);
  });
});

describe('escalation candidates in the assessment', () => {
  it('are listed with the unit result for context and cost no points', () => {
    const result = assess(DEFAULT_SCHEME, facts({ problems: [problem('P1')] }), READING);
    expect(result.escalations.map((c) => [c.form, c.reasons])).toEqual([
      ['interview', ['problem_overdue']],
    ]);
    const without = assess(DEFAULT_SCHEME, facts({ problems: [] }), READING);
    expect(result.score).toBe(without.score - 1); // the overdue problem's own deduction only
  });
});
