import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvidenceBundle } from '../../src/infrastructure/event-store/integrity/evidence/bundle-format';
import { verifyEvidence } from '../../src/infrastructure/event-store/integrity/evidence/verify-bundle';
import { cliVerify, scriptVerify } from '../support/evidence-verifiers';
import { expectProblem, useTestApp } from './support/api';
import { seedDistrict } from './support/district-fixture';
import { investigateIE1 } from './support/incident-investigation';
import { appoint } from './support/tree';

/** The district fixture, and I-E1 taken through finding, investigation, conclusion and action. */
async function seedIncidentConsequences(
  write: (path: string, body: object, status?: number) => Promise<unknown>,
) {
  await write(
    '/incidents/I-E1/misreporting-findings',
    {
      kind: 'omitted',
      establishedAt: '2025-04-03T10:00:00+08:00',
      detail: '漏报一人',
    },
    200,
  );
  await investigateIE1(write, { concludedAt: '2025-05-01T00:00:00+08:00', cause: '违规搭设' });
  await write('/accountability-actions', {
    id: 'ACT-I-E1',
    targetPersonId: 'P1',
    targetUnitId: 'T1',
    form: 'interview',
    decidingUnitId: 'D',
    decidedAt: '2025-05-10T09:00:00+08:00',
    reason: '辖区发生事故',
    incidentId: 'I-E1',
  });
}

describe('GET /incidents/:id/evidence', () => {
  const api = useTestApp();
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'evidence-'));
    await seedDistrict(api);
    await seedIncidentConsequences((path, body, status) => api.write(path, body, status));
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const bundleOf = async (id: string, token = api.token) => {
    const response = await api.as(token).read(`/incidents/${id}/evidence`);
    return { response, bundle: response.body as EvidenceBundle };
  };

  it('serves every stream the incident rests on, complete from revision 0, as a download', async () => {
    const { response, bundle } = await bundleOf('I-E1');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="evidence-incident-I-E1.json"',
    );
    expect(bundle).toMatchObject({
      format: 'safety-evidence-bundle',
      version: 1,
      incidentId: 'I-E1',
    });
    expect(bundle.streams.map((s) => [s.streamId, s.roles])).toEqual([
      ['accountability-ACT-I-E1', ['accountability_action']],
      ['agreement-A-T1', ['agreement_in_force']],
      ['incident-I-E1', ['incident']],
      ['unit-B', ['chain_unit']],
      ['unit-D', ['chain_unit']],
      ['unit-E1', ['chain_unit']],
      ['unit-T1', ['chain_unit']],
    ]);
    const incident = bundle.streams.find((s) => s.streamId === 'incident-I-E1')!;
    expect(incident.events.map((e) => e.type)).toEqual([
      'IncidentReported',
      'MisreportingFindingEstablished',
      'InvestigationOpened',
      'InvestigationConcluded',
    ]);
    for (const stream of bundle.streams) {
      expect(stream.events.map((e) => e.revision)).toEqual(stream.events.map((_, i) => i));
      expect(stream.head).toEqual({
        revision: stream.events.length - 1,
        hash: stream.events.at(-1)!.hash,
      });
    }
    const appointment = bundle.streams.find((s) => s.streamId === 'unit-T1')!.events[1];
    expect(appointment).toMatchObject({ type: 'PersonAppointed', data: { personId: 'P1' } });
    expect(appointment.metadata).toMatchObject({ actorRole: 'admin' });
    expect(appointment.metadata).not.toHaveProperty('hash');
    expect(bundle.anchor.event.data).toMatchObject({ scheme: 'merkle-sha256-v1' });
    expect(verifyEvidence(bundle)).toMatchObject({ ok: true, streams: 7 });
  });

  it('records an anchor only when the latest one does not hold the heads it serves', async () => {
    const first = (await bundleOf('I-E1')).bundle.anchor;
    const again = (await bundleOf('I-E1')).bundle.anchor;
    expect(again).toMatchObject({ recordedForBundle: false, event: { id: first.event.id } });
    // A write to another town's stream leaves I-E1's heads under the latest anchor.
    await api.write(
      '/incidents/I-E2/investigation',
      { openedAt: '2025-04-02T09:00:00+08:00' },
      200,
    );
    expect((await bundleOf('I-E1')).bundle.anchor.event.id).toBe(first.event.id);
    // A write to one of its streams needs a new anchor; one recorded on request since is used.
    await appoint(api, 'T1', 'P1-DEPUTY', 'deputy', '2025-06-01T00:00:00+08:00');
    const fresh = (await bundleOf('I-E1')).bundle.anchor;
    expect(fresh.recordedForBundle).toBe(true);
    expect(fresh.event.data.upToPosition).toBeGreaterThan(first.event.data.upToPosition);
    const anchored = (await api.write('/audit/anchors', {})).body;
    expect((await bundleOf('I-E1')).bundle.anchor).toMatchObject({
      recordedForBundle: false,
      event: { id: anchored.id },
    });
    expect((await api.read('/audit/integrity')).body).toMatchObject({
      ok: true,
      latestAnchor: { ok: true, scheme: 'merkle-sha256-v1' },
    });
  });

  it('answers an unknown incident with 404, and a town user only for its own town', async () => {
    expectProblem(await api.settled('/incidents/NOPE/evidence'), 404);
    const token = await api.userToken('evidence-reporter', 'reporter', 'T1');
    expect((await api.as(token).settled('/incidents/I-E2/evidence')).status).toBe(403);
    expect(verifyEvidence((await bundleOf('I-E1', token)).bundle).ok).toBe(true);
  });

  describe('verified offline, by the CLI and by the standalone script', () => {
    let bundle: EvidenceBundle;
    beforeAll(async () => {
      bundle = (await bundleOf('I-E1')).bundle;
    });

    const verifyBoth = async (name: string, content: unknown) => {
      const file = join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(content, null, 2));
      return Promise.all([cliVerify(file), scriptVerify(file)]);
    };
    const incidentEvents = (b: EvidenceBundle) =>
      b.streams.find((s) => s.streamId === 'incident-I-E1')!.events;

    it('finds the bundle intact (exit 0)', async () => {
      for (const run of await verifyBoth('intact', bundle)) {
        expect(run.code).toBe(0);
        expect(run.verdict).toMatchObject({ ok: true, incidentId: 'I-E1', streams: 7 });
        expect(run.stderr).toMatch(/^evidence intact: /);
      }
    }, 60_000);

    const tampered: Array<
      [string, (b: EvidenceBundle) => void, { revision: number; kind: string }]
    > = [
      [
        "one event's data altered",
        (b) => {
          (incidentEvents(b)[1].data as { detail: string }).detail = '无漏报';
        },
        { revision: 1, kind: 'hash_mismatch' },
      ],
      [
        'one event removed',
        (b) => void incidentEvents(b).splice(1, 1),
        { revision: 2, kind: 'revision_gap' },
      ],
      [
        'two events swapped',
        (b) => {
          const events = incidentEvents(b);
          [events[2], events[3]] = [events[3], events[2]];
        },
        { revision: 3, kind: 'revision_gap' },
      ],
    ];

    it.each(tampered)(
      'names the first broken event when %s (exit 1)',
      async (name, tamper, expected) => {
        const copy = structuredClone(bundle);
        tamper(copy);
        const named = bundle.streams.find((s) => s.streamId === 'incident-I-E1')!.events[
          expected.revision
        ];
        for (const run of await verifyBoth(name.replace(/\W+/g, '-'), copy)) {
          expect(run.code).toBe(1);
          expect(run.verdict.firstBreak).toMatchObject({
            streamId: 'incident-I-E1',
            revision: expected.revision,
            eventId: named.id,
            kind: expected.kind,
          });
          expect(run.stderr).toContain(
            `incident-I-E1 revision ${expected.revision}, event ${named.id}`,
          );
        }
      },
      60_000,
    );
  });
});
