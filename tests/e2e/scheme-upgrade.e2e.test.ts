import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SCHEME } from '../../src/domain/assessment/scheme';
import { SqliteEventStore } from '../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { startTestApp, type TestApp } from './harness';
import { Api } from './support/api';
import { district, seedTree, town } from './support/tree';

/** A scheme document as the release before patrols wrote it: no `outcomes.overdueProblem`. */
const { overdueProblem: _, ...oldOutcomes } = DEFAULT_SCHEME.outcomes;
const OLD_SCHEME = {
  ...DEFAULT_SCHEME,
  tasks: { points: 70 },
  outcomes: { ...oldOutcomes, points: 30 },
};

/**
 * A store written by the release before patrols: a scheme of 2025 published in the old shape
 * (version 1 of SchemePublished). It still validates and gives the same results (no problem was
 * ever raised there, so nothing is deducted for one); problems raised now cost the default weight.
 */
describe('schemes published by the release before patrols', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'old-scheme-'));
  let t: TestApp;
  const api = new Api(() => t);

  async function appendOldScheme(): Promise<number> {
    const store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
    const metadata = { actorId: 'bootstrap-admin', actorRole: 'admin', requestId: 'old' };
    const result = await store.append(
      'scheme-2025',
      [
        {
          id: randomUUID(),
          type: 'SchemePublished',
          data: {
            year: 2025,
            scheme: OLD_SCHEME,
            publishedAt: '2025-01-02T00:00:00.000Z',
            version: 1,
          },
          metadata,
        },
      ],
      'no_stream',
    );
    await store.close();
    return result.position;
  }

  beforeAll(async () => {
    t = await startTestApp({ DATA_DIR: dataDir });
    await seedTree(api, [district('D'), town('T1', 'D', '城关镇')]);
    await t.close();
    api.last = await appendOldScheme();
    t = await startTestApp({ DATA_DIR: dataDir });
  }, 60_000);

  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const outcomesOf = async () => {
    const result = (await api.read('/assessments/2025/units/T1')).body;
    return {
      outcomes: result.sections.outcomes,
      problems: result.items.filter((i: { rule: string }) => i.rule === 'overdue_problems'),
    };
  };

  it('reads the old scheme with the default weight of overdue problems', async () => {
    const scheme = (await api.read('/schemes/2025')).body;
    expect(scheme).toMatchObject({ default: false, version: 1 });
    expect(scheme.scheme).toEqual({
      ...OLD_SCHEME,
      outcomes: { ...OLD_SCHEME.outcomes, overdueProblem: { each: 1, cap: 5 } },
    });
  });

  it('gives the result it gave: no problem, no deduction', async () => {
    expect(await outcomesOf()).toEqual({ outcomes: 30, problems: [] });
  });

  it('deducts the default weight for a problem raised now and overdue', async () => {
    await api.write('/patrols', {
      id: 'PAT1',
      kind: 'supervision',
      leadUnitId: 'D',
      team: ['督查组'],
      targetUnitIds: ['T1'],
      from: '2025-03-01T09:00:00+08:00',
      to: '2025-03-05T18:00:00+08:00',
    });
    await api.write('/patrols/PAT1/problems', {
      id: 'P1',
      targetUnitId: 'T1',
      duty: 'leadership',
      description: '党政同责落实不到位',
      raisedAt: '2025-03-05T10:00:00+08:00',
      deadline: '2025-04-05T18:00:00+08:00',
    });
    const { outcomes, problems } = await outcomesOf();
    expect(outcomes).toBe(29);
    expect(problems).toEqual([
      expect.objectContaining({
        points: -1,
        events: [{ streamId: 'problem-P1', eventId: expect.any(String) }],
      }),
    ]);
  });

  it('still takes the old document, and a scheme may switch the rule off', async () => {
    const again = await api.write('/schemes/2025', OLD_SCHEME, 200, 'put');
    expect(again.body).toMatchObject({
      version: 2,
      scheme: { outcomes: { overdueProblem: { each: 1, cap: 5 } } },
    });
    const off = {
      ...OLD_SCHEME,
      outcomes: { ...OLD_SCHEME.outcomes, overdueProblem: { each: 0, cap: null } },
    };
    await api.write('/schemes/2025', off, 200, 'put');
    expect(await outcomesOf()).toEqual({ outcomes: 30, problems: [] });
  });
});
