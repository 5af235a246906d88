import { toHazardView, type HazardEvent } from '../../../../src/domain/inspections';
import {
  DEADLINE,
  IDENTIFIED_AT,
  identified,
  majorIdentified,
  planned,
  rectified,
  verified,
  hazardOf,
  H1,
  extended,
} from './hazard-fixtures';

const viewOf = (events: HazardEvent[], referenceIso?: string) =>
  toHazardView(hazardOf(events), referenceIso);

describe('the hazard view', () => {
  it('shows an identified general hazard', () => {
    expect(viewOf([identified({ source: { inspectionId: 'INS-1' } })])).toEqual({
      ...H1,
      levelLabel: '一般隐患',
      status: 'identified',
      statusLabel: '待整改',
      rectifications: [],
      verifications: [],
      extensions: [],
      source: { inspectionId: 'INS-1' },
    });
  });

  it('clears rectifiedAt after a failed verification but keeps the history', () => {
    const view = viewOf([
      identified(),
      rectified('2025-03-20T00:00:00.000Z', '已整改'),
      verified(false, '2025-03-22T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
    ]);
    expect(view.status).toBe('identified');
    expect(view.rectifiedAt).toBeUndefined();
    expect(view.rectifications).toEqual([
      { rectifiedAt: '2025-03-20T00:00:00.000Z', note: '已整改' },
    ]);
    expect(view.verifications).toEqual([
      {
        passed: false,
        verifiedAt: '2025-03-22T00:00:00.000Z',
        verifier: '李四',
        rectifiedAt: '2025-03-20T00:00:00.000Z',
      },
    ]);
  });

  it('shows a delisted major hazard with its plan, extension and both verifications', () => {
    const view = viewOf([
      ...majorIdentified(),
      planned(),
      extended('2025-05-01T00:00:00.000Z', '2025-03-10T00:00:00.000Z'),
      rectified('2025-03-20T00:00:00.000Z'),
      verified(false, '2025-03-22T00:00:00.000Z', '2025-03-20T00:00:00.000Z'),
      rectified('2025-03-25T00:00:00.000Z'),
      verified(true, '2025-03-28T00:00:00.000Z', '2025-03-25T00:00:00.000Z'),
      {
        type: 'HazardDelisted',
        data: { supervisingUnitId: 'D1', delistedAt: '2025-03-28T00:00:00.000Z' },
      },
    ]);
    expect(view).toMatchObject({
      level: 'major',
      status: 'verified',
      deadline: '2025-05-01T00:00:00.000Z',
      plan: planned().data,
      supervision: {
        supervisingUnitId: 'D1',
        listedAt: IDENTIFIED_AT,
        delistedAt: '2025-03-28T00:00:00.000Z',
      },
      rectifiedAt: '2025-03-25T00:00:00.000Z',
    });
    expect(view.verifications.map((v) => [v.passed, v.rectifiedAt])).toEqual([
      [false, '2025-03-20T00:00:00.000Z'],
      [true, '2025-03-25T00:00:00.000Z'],
    ]);
    expect(view.extensions).toHaveLength(1);
  });

  it('shows whether it is overdue only for a given reference time', () => {
    expect(viewOf([identified()])).not.toHaveProperty('overdue');
    expect(viewOf([identified()], DEADLINE).overdue).toBe(false);
    expect(viewOf([identified()], '2025-04-01T02:00:00.001Z').overdue).toBe(true);
  });

  it('names the extension its deadline rests on, backdated or late as recorded', () => {
    expect(viewOf([identified()])).not.toHaveProperty('extensionInForce');
    const view = viewOf([
      identified(),
      extended('2025-05-01T00:00:00.000Z', '2025-03-10T00:00:00.000Z', { backdated: true }),
    ]);
    expect(view.extensionInForce).toEqual({
      extendedAt: '2025-03-10T00:00:00.000Z',
      deadline: '2025-05-01T00:00:00.000Z',
      backdated: true,
    });
    expect(view.extensions[0]).toMatchObject({ backdated: true });
    const late = viewOf(
      [
        identified(),
        extended('2025-05-01T00:00:00.000Z', '2025-04-10T00:00:00.000Z', { late: true }),
      ],
      '2025-04-20T00:00:00.000Z',
    );
    expect(late).toMatchObject({
      overdue: false,
      extensionInForce: { backdated: false, late: true },
    });
  });
});
