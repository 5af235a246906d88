import {
  type CloseSupervisionOrder,
  isOrderOverdue,
  type IssueSupervisionOrder,
  type ReplyToSupervisionOrder,
  supervisionOrderDecider,
  type SupervisionOrder,
  type SupervisionOrderEvent,
  toSupervisionOrderView,
} from '../../../../src/domain/supervision';
import { spec } from '../decider-spec';

const NOW = '2025-12-01T00:00:00.000Z';
const ISSUED = '2025-05-01T02:00:00.000Z';
const DEADLINE = '2025-05-31T00:00:00.000Z';
const msFrom = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

const issue = (overrides: Partial<IssueSupervisionOrder> = {}): IssueSupervisionOrder => ({
  type: 'IssueSupervisionOrder',
  id: 'SO1',
  issuerUnitId: 'D',
  targetUnitId: 'E1',
  targetAncestors: ['T1', 'D'],
  subject: { kind: 'hazard', id: 'H1' },
  requirement: '限期完成重大隐患整改并报送整改情况',
  issuedAt: ISSUED,
  deadline: DEADLINE,
  now: NOW,
  ...overrides,
});
const reply = (overrides: Partial<ReplyToSupervisionOrder> = {}): ReplyToSupervisionOrder => ({
  type: 'ReplyToSupervisionOrder',
  repliedAt: '2025-05-20T00:00:00.000Z',
  content: '已完成整改，附整改报告',
  now: NOW,
  ...overrides,
});
const close = (overrides: Partial<CloseSupervisionOrder> = {}): CloseSupervisionOrder => ({
  type: 'CloseSupervisionOrder',
  closedAt: '2025-05-25T00:00:00.000Z',
  now: NOW,
  ...overrides,
});

const issued: SupervisionOrderEvent = {
  type: 'SupervisionOrderIssued',
  data: {
    id: 'SO1',
    issuerUnitId: 'D',
    targetUnitId: 'E1',
    subject: { kind: 'hazard', id: 'H1' },
    requirement: '限期完成重大隐患整改并报送整改情况',
    issuedAt: ISSUED,
    deadline: DEADLINE,
  },
};
const replied: SupervisionOrderEvent = {
  type: 'SupervisionOrderReplied',
  data: { repliedAt: '2025-05-20T00:00:00.000Z', content: '已完成整改，附整改报告' },
};
const closed = (closedAt = '2025-05-25T00:00:00.000Z'): SupervisionOrderEvent => ({
  type: 'SupervisionOrderClosed',
  data: { closedAt },
});

const order = spec(supervisionOrderDecider);
const stateOf = (events: SupervisionOrderEvent[]): SupervisionOrder =>
  events.reduce<SupervisionOrder | null>(supervisionOrderDecider.evolve, null)!;

describe('issuing a supervision order (督办函)', () => {
  it('goes to a lower unit about a hazard, a problem or an incident', () => {
    order.given([]).when(issue()).then([issued]);
    for (const kind of ['problem', 'incident'] as const) {
      const [event] = order
        .given([])
        .when(issue({ subject: { kind, id: 'X1' } }))
        .events();
      expect(event.data).toMatchObject({ subject: { kind, id: 'X1' } });
    }
  });

  it.each([
    [
      'a unit not below the issuer',
      { targetUnitId: 'T2', targetAncestors: ['D'], issuerUnitId: 'T1' },
      'not_a_lower_unit',
    ],
    ['the issuer itself', { targetUnitId: 'D', targetAncestors: [] }, 'not_a_lower_unit'],
    ['an unknown subject kind', { subject: { kind: 'penalty', id: 'P1' } }, 'invalid_subject'],
    ['an empty requirement', { requirement: '' }, 'required'],
    ['a time in the future', { issuedAt: msFrom(NOW, 1) }, 'in_future'],
    ['a deadline not after the issue', { deadline: ISSUED }, 'deadline_not_after_start'],
  ])('refuses an order to %s (422)', (_, overrides, code) => {
    order.given([]).when(issue(overrides)).thenThrows('rule', code);
  });

  it('is issued once (409)', () => {
    order.given([issued]).when(issue()).thenThrows('state', 'already_exists');
  });
});

describe('replying to and closing a supervision order', () => {
  it('takes replies until the order is closed', () => {
    order.given([issued]).when(reply()).then([replied]);
    order
      .given([issued, replied])
      .when(reply({ content: '补充说明' }))
      .thenMatches([{ type: 'SupervisionOrderReplied' }]);
  });

  it('refuses a reply after the closure (422)', () => {
    order.given([issued, replied, closed()]).when(reply()).thenThrows('rule', 'order_closed');
  });

  it('refuses a reply before the issue or without content (422)', () => {
    order
      .given([issued])
      .when(reply({ repliedAt: msFrom(ISSUED, -1) }))
      .thenThrows('rule', 'replied_before_issued');
    order
      .given([issued])
      .when(reply({ content: ' ' }))
      .thenThrows('rule', 'required');
  });

  it('is closed once, not before the last reply (409, 422)', () => {
    order
      .given([issued, replied])
      .when(close({ note: '整改到位' }))
      .then([
        {
          type: 'SupervisionOrderClosed',
          data: { closedAt: '2025-05-25T00:00:00.000Z', note: '整改到位' },
        },
      ]);
    order.given([issued, replied, closed()]).when(close()).thenThrows('state', 'order_closed');
    order
      .given([issued, replied])
      .when(close({ closedAt: '2025-05-19T00:00:00.000Z' }))
      .thenThrows('rule', 'closed_before_reply');
  });
});

describe('when a supervision order is overdue', () => {
  it('is overdue after its deadline until it is closed, and not at the deadline itself', () => {
    const open = stateOf([issued, replied]);
    expect(isOrderOverdue(open, DEADLINE)).toBe(false);
    expect(isOrderOverdue(open, msFrom(DEADLINE, 1))).toBe(true);
    const late = stateOf([issued, replied, closed('2025-06-10T00:00:00.000Z')]);
    expect(isOrderOverdue(late, '2025-06-09T00:00:00.000Z')).toBe(true);
    expect(isOrderOverdue(late, '2025-06-10T00:00:00.000Z')).toBe(false);
    expect(toSupervisionOrderView(late, NOW)).toMatchObject({
      status: 'closed',
      closedAt: '2025-06-10T00:00:00.000Z',
      closedLate: true,
      overdue: false,
    });
  });

  it('shows its status in the view', () => {
    expect(toSupervisionOrderView(stateOf([issued]), ISSUED)).toMatchObject({
      status: 'issued',
      overdue: false,
      replies: [],
    });
    expect(toSupervisionOrderView(stateOf([issued, replied]), NOW)).toMatchObject({
      status: 'replied',
      overdue: true,
    });
  });
});
