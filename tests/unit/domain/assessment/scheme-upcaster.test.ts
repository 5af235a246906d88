import { DEFAULT_SCHEME } from '../../../../src/domain/assessment/scheme';
import { upcasters } from '../../../../src/infrastructure/event-store/upcasting/upcasters';
import type { RecordedEvent } from '../../../../src/infrastructure/event-store/event-store.port';

const { overdueProblem: _, ...outcomesV1 } = DEFAULT_SCHEME.outcomes;

const recorded = (scheme: unknown, schemaVersion: number): RecordedEvent =>
  ({
    id: 'e1',
    streamId: 'scheme-2024',
    type: 'SchemePublished',
    schemaVersion,
    revision: 0,
    position: 1,
    data: { year: 2024, scheme, publishedAt: '2024-01-05T00:00:00.000Z', version: 1 },
    metadata: { actorId: 'a', actorRole: 'office', recordedAt: '2024-01-05T00:00:00.000Z' },
  }) as unknown as RecordedEvent;

describe('schemes published before problems were assessed', () => {
  it('are written at version 2 now', () => {
    expect(upcasters.currentVersion('SchemePublished')).toBe(2);
  });

  it('take the default weight of overdueProblem when read', () => {
    const old = { ...DEFAULT_SCHEME, outcomes: { ...outcomesV1, points: 30 } };
    const raised = upcasters.apply(recorded(old, 1));
    expect(raised.schemaVersion).toBe(2);
    expect(raised.data).toEqual({
      year: 2024,
      scheme: { ...old, outcomes: { ...old.outcomes, overdueProblem: { each: 1, cap: 5 } } },
      publishedAt: '2024-01-05T00:00:00.000Z',
      version: 1,
    });
  });

  it('leave a current scheme as it is', () => {
    const current = recorded(DEFAULT_SCHEME, 2);
    expect(upcasters.apply(current)).toBe(current);
  });
});
