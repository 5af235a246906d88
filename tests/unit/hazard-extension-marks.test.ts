import type { RecordedEvent } from '../../src/infrastructure/event-store/event-store.port';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';

const v1 = (data: object, recordedAt: string): RecordedEvent =>
  ({
    type: 'HazardDeadlineExtended',
    schemaVersion: 1,
    data,
    metadata: { recordedAt },
  }) as RecordedEvent;

const extension = (extendedAt: string) => ({
  previousDeadline: '2025-04-01T00:00:00.000Z',
  deadline: '2025-05-01T00:00:00.000Z',
  reason: '设备采购周期长',
  extendedAt,
});

describe('extensions recorded by the previous release (HazardDeadlineExtended v1)', () => {
  it('are written at version 2 now, which no upcaster raises', () => {
    expect(upcasters.currentVersion('HazardDeadlineExtended')).toBe(2);
    expect(upcasters.currentVersion('HazardIdentified')).toBe(1);
  });

  it('still extend, marked late when extendedAt was after the deadline then in force', () => {
    const late = upcasters.apply(
      v1(extension('2025-04-01T00:00:00.001Z'), '2025-04-01T00:00:01.000Z'),
    );
    expect(late.schemaVersion).toBe(2);
    expect(late.data).toEqual({
      ...extension('2025-04-01T00:00:00.001Z'),
      backdated: false,
      late: true,
    });
    const inTime = upcasters.apply(
      v1(extension('2025-04-01T00:00:00.000Z'), '2025-04-01T01:00:00.000Z'),
    );
    expect(inTime.data).toEqual({ ...extension('2025-04-01T00:00:00.000Z'), backdated: false });
  });

  it('are marked backdated when recorded more than 24 hours after extendedAt', () => {
    const at = '2025-03-20T00:00:00.000Z';
    expect(upcasters.apply(v1(extension(at), '2025-03-21T00:00:00.000Z')).data).toMatchObject({
      backdated: false,
    });
    expect(upcasters.apply(v1(extension(at), '2025-03-21T00:00:00.001Z')).data).toMatchObject({
      backdated: true,
    });
  });
});
