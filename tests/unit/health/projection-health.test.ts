import type {
  ProjectionStatus,
  SlotProgress,
} from '../../../src/infrastructure/projections/projector';
import {
  isDegraded,
  projectionHealth,
  ProgressWatch,
  STALL_AFTER_MS,
} from '../../../src/modules/health/projection-health';

const status = (overrides: Partial<ProjectionStatus> = {}): ProjectionStatus => ({
  name: 'units',
  version: 3,
  generation: 'units_v3_a',
  position: 10,
  running: true,
  rebuilding: false,
  current: true,
  ...overrides,
});

const slot = (overrides: Partial<SlotProgress> = {}): SlotProgress => ({
  name: 'units',
  generation: 'units_v3_a',
  position: 10,
  building: false,
  ...overrides,
});

describe('a projection’s health', () => {
  const at = (ms: number) => 1_000_000 + ms;

  it('is current at the head, whatever the time it has not moved', () => {
    const watch = new ProgressWatch();
    projectionHealth(status(), [slot()], 10, watch, at(0));
    expect(projectionHealth(status(), [slot()], 10, watch, at(60_000))).toMatchObject({
      state: 'current',
      head: 10,
      failing: false,
    });
  });

  it('is catching up while behind and moving, stalled once still for longer than the limit', () => {
    const watch = new ProgressWatch();
    const look = (position: number, ms: number) =>
      projectionHealth(status({ position }), [slot({ position })], 50, watch, at(ms));
    expect(look(10, 0).state).toBe('catching-up');
    expect(look(20, STALL_AFTER_MS).state).toBe('catching-up');
    expect(look(20, 2 * STALL_AFTER_MS).state).toBe('catching-up');
    const stalled = look(20, 2 * STALL_AFTER_MS + 1);
    expect(stalled).toMatchObject({ state: 'stalled', position: 20, head: 50 });
    expect(stalled.stalledSince).toBe(new Date(at(STALL_AFTER_MS)).toISOString());
    expect(isDegraded([stalled])).toBe(true);
  });

  it('counts a rebuild here that moves as progress, though the live position stays', () => {
    const watch = new ProgressWatch();
    const look = (building: number, ms: number) =>
      projectionHealth(
        status({ rebuilding: true }),
        [slot(), slot({ generation: 'units_v3_b', position: building, building: true })],
        50,
        watch,
        at(ms),
      );
    look(100, 0);
    expect(look(200, STALL_AFTER_MS + 1).state).toBe('catching-up');
    expect(look(200, 2 * STALL_AFTER_MS + 2).state).toBe('stalled');
  });

  it('is catching up when another instance rebuilds it (its progress is not seen here)', () => {
    const watch = new ProgressWatch();
    const elsewhere = status({ running: false, current: false, generation: 'units_v2_a' });
    projectionHealth(elsewhere, [], 50, watch, at(0));
    expect(projectionHealth(elsewhere, [], 50, watch, at(60_000)).state).toBe('catching-up');
    const heldElsewhere = status({ running: false });
    projectionHealth(heldElsewhere, [], 50, watch, at(0));
    expect(projectionHealth(heldElsewhere, [], 50, watch, at(60_000)).state).toBe('stalled');
  });

  it('is failing, with the last error and since when, as soon as a batch fails', () => {
    const failure = {
      message: 'SQLITE_FULL: database or disk is full',
      since: '2025-01-01T00:00:00.000Z',
    };
    const failing = projectionHealth(
      status({ failure }),
      [slot({ failure })],
      50,
      new ProgressWatch(),
      at(0),
    );
    expect(failing).toMatchObject({
      state: 'failing',
      failing: true,
      lastError: failure.message,
      failingSince: failure.since,
    });
    expect(failing).not.toHaveProperty('failure');
    expect(isDegraded([failing])).toBe(true);
  });
});
