import {
  reportDecider,
  reportStreamId,
  toReportView,
  type ReportEvent,
  type VerifyReport,
} from '../../../../src/domain/inspections';
import { fold } from '../../../../src/domain/shared/decider';
import { spec } from '../decider-spec';

const report = spec(reportDecider);

const NOW = '2025-06-30T02:00:00.000Z';
const RECEIVED_AT = '2025-03-01T02:00:00.000Z';
const VERIFIED_AT = '2025-03-10T02:00:00.000Z';

const received: ReportEvent = {
  type: 'ReportReceived',
  data: {
    id: 'R-1',
    subjectUnitId: 'E1',
    receivedAt: RECEIVED_AT,
    content: '夜间违规动火作业',
    anonymous: true,
  },
};

const verifiedUnsubstantiated: ReportEvent = {
  type: 'ReportVerified',
  data: { substantiated: false, verifiedAt: VERIFIED_AT },
};

const verifyCommand = (overrides: Partial<VerifyReport> = {}): VerifyReport => ({
  type: 'VerifyReport',
  substantiated: true,
  verifiedAt: VERIFIED_AT,
  now: NOW,
  ...overrides,
});

describe('receiving a whistleblower report (举报)', () => {
  const receive = {
    type: 'ReceiveReport' as const,
    id: 'R-1',
    subjectUnitId: 'E1',
    receivedAt: RECEIVED_AT,
    content: '夜间违规动火作业',
    anonymous: true,
    now: NOW,
  };

  it('records the report in its stream', () => {
    expect(reportStreamId('R-1')).toBe('report-R-1');
    report.given([]).when(receive).then([received]);
  });

  it('refuses an existing report (409)', () => {
    report.given([received]).when(receive).thenThrows('state', 'already_exists');
  });

  it('refuses receivedAt in the future, empty content and a missing anonymous flag', () => {
    report
      .given([])
      .when({ ...receive, receivedAt: '2025-06-30T02:00:00.001Z' })
      .thenThrows('rule', 'in_future');
    report
      .given([])
      .when({ ...receive, content: ' ' })
      .thenThrows('rule', 'required');
    report
      .given([])
      .when({ ...receive, anonymous: undefined as unknown as boolean })
      .thenThrows('rule', 'invalid_boolean');
  });
});

describe('verifying a report', () => {
  it('records a substantiated report with linked hazards and penalties and a reward', () => {
    report
      .given([received])
      .when(
        verifyCommand({ hazardIds: ['H-1', 'H-1', 'H-2'], penaltyIds: ['P-1'], rewardYuan: 2000 }),
      )
      .then([
        {
          type: 'ReportVerified',
          data: {
            substantiated: true,
            verifiedAt: VERIFIED_AT,
            hazardIds: ['H-1', 'H-2'],
            penaltyIds: ['P-1'],
            rewardYuan: 2000,
          },
        },
      ]);
  });

  it('records an unsubstantiated report, with empty link lists ignored', () => {
    report
      .given([received])
      .when(verifyCommand({ substantiated: false, hazardIds: [] }))
      .then([verifiedUnsubstantiated]);
  });

  it('refuses a reward or links for an unsubstantiated report', () => {
    const given = report.given([received]);
    given
      .when(verifyCommand({ substantiated: false, rewardYuan: 0 }))
      .thenThrows('rule', 'not_substantiated');
    given
      .when(verifyCommand({ substantiated: false, hazardIds: ['H-1'] }))
      .thenThrows('rule', 'not_substantiated');
    given
      .when(verifyCommand({ substantiated: false, penaltyIds: ['P-1'] }))
      .thenThrows('rule', 'not_substantiated');
  });

  it('accepts a zero reward and refuses a negative one', () => {
    report
      .given([received])
      .when(verifyCommand({ rewardYuan: 0 }))
      .then([
        {
          type: 'ReportVerified',
          data: { substantiated: true, verifiedAt: VERIFIED_AT, rewardYuan: 0 },
        },
      ]);
    report
      .given([received])
      .when(verifyCommand({ rewardYuan: -1 }))
      .thenThrows('rule', 'invalid_amount');
  });

  it('refuses an empty linked id', () => {
    report
      .given([received])
      .when(verifyCommand({ hazardIds: [''] }))
      .thenThrows('rule', 'required');
  });

  it('refuses verifiedAt before receipt or in the future, accepts it at receipt', () => {
    report
      .given([received])
      .when(verifyCommand({ verifiedAt: '2025-03-01T01:59:59.999Z' }))
      .thenThrows('rule', 'verified_before_receipt');
    report
      .given([received])
      .when(verifyCommand({ verifiedAt: '2025-07-01T00:00:00.000Z' }))
      .thenThrows('rule', 'in_future');
    report
      .given([received])
      .when(verifyCommand({ verifiedAt: RECEIVED_AT }))
      .thenMatches([{ type: 'ReportVerified' }]);
  });

  it('verifies once only (409)', () => {
    report
      .given([received, verifiedUnsubstantiated])
      .when(verifyCommand())
      .thenThrows('state', 'already_verified');
    report
      .given([
        received,
        verifiedUnsubstantiated,
        { type: 'ReportClosed', data: { closedAt: VERIFIED_AT } },
      ])
      .when(verifyCommand())
      .thenThrows('state', 'already_verified');
  });

  it('refuses a report that does not exist (404)', () => {
    report.given([]).when(verifyCommand()).thenThrows('not_found', 'report_not_found');
  });
});

describe('closing a report', () => {
  it('closes a verified report, by default now', () => {
    report
      .given([received, verifiedUnsubstantiated])
      .when({ type: 'CloseReport', now: NOW })
      .then([{ type: 'ReportClosed', data: { closedAt: NOW } }]);
  });

  it('refuses closing an unverified report (422), a closed one (409) and an unknown one (404)', () => {
    report
      .given([received])
      .when({ type: 'CloseReport', now: NOW })
      .thenThrows('rule', 'not_verified');
    report
      .given([received, verifiedUnsubstantiated, { type: 'ReportClosed', data: { closedAt: NOW } }])
      .when({ type: 'CloseReport', now: NOW })
      .thenThrows('state', 'already_closed');
    report
      .given([])
      .when({ type: 'CloseReport', now: NOW })
      .thenThrows('not_found', 'report_not_found');
  });

  it('accepts closedAt at the verification, refuses one before', () => {
    report
      .given([received, verifiedUnsubstantiated])
      .when({ type: 'CloseReport', closedAt: '2025-03-10T02:00:00.000Z', now: NOW })
      .thenMatches([{ type: 'ReportClosed' }]);
    report
      .given([received, verifiedUnsubstantiated])
      .when({ type: 'CloseReport', closedAt: '2025-03-09T00:00:00.000Z', now: NOW })
      .thenThrows('rule', 'closed_before_verification');
  });
});

describe('the report view', () => {
  const viewOf = (events: ReportEvent[]) => {
    const state = fold(reportDecider, events);
    if (!state) throw new Error('no report');
    return toReportView(state);
  };

  it('moves from received to verified to closed', () => {
    expect(viewOf([received])).toEqual({
      ...received.data,
      status: 'received',
      statusLabel: '已受理',
    });
    expect(viewOf([received, verifiedUnsubstantiated])).toEqual({
      ...received.data,
      status: 'verified',
      statusLabel: '已核查',
      verification: {
        substantiated: false,
        verifiedAt: VERIFIED_AT,
        hazardIds: [],
        penaltyIds: [],
      },
    });
    expect(
      viewOf([
        received,
        verifiedUnsubstantiated,
        { type: 'ReportClosed', data: { closedAt: NOW } },
      ]),
    ).toMatchObject({
      status: 'closed',
      statusLabel: '已办结',
      closedAt: NOW,
    });
  });
});
