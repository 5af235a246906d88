import {
  EVENT_STORE,
  type EventStore,
} from '../../src/infrastructure/event-store/event-store.port';
import { AgreementSlots } from '../../src/modules/agreements/agreement-slots';
import { CommandBus } from '@nestjs/cqrs';
import { SignAgreementCommand } from '../../src/modules/agreements/handlers/sign-agreement.handler';
import type { SignAgreementDto } from '../../src/modules/agreements/agreements.dto';
import { AggregateExecutor } from '../../src/modules/shared/aggregate-executor';
import { hashRequestBody } from '../../src/modules/shared/command-context';
import { useTestApp } from './support/api';
import { appoint, districtTree, seedTree } from './support/tree';

const SIGNED_AT = '2025-01-15T10:00:00+08:00';

describe('agreements over HTTP', () => {
  const api = useTestApp();
  const { post, get, eventCount } = api;

  const slotHolder = (year: number, unitId: string) =>
    api.t.app.get(AgreementSlots).holder(year, unitId);
  const eventTypes = async (streamId: string) =>
    (await api.t.app.get<EventStore>(EVENT_STORE).readStream(streamId)).map((e) => e.type);

  beforeAll(async () => {
    const from = '2023-01-01T00:00:00+08:00';
    const towns = ['T1', 'T2', 'T3', 'T4', 'T5'];
    await seedTree(api, districtTree('D1', ...towns));
    await appoint(api, 'D1', 'PD', 'principal', from);
    for (const id of towns) {
      await appoint(api, id, `${id}-S`, 'party_secretary', from);
      await appoint(api, id, `${id}-P`, 'principal', from);
    }
    await appoint(api, 'T1', 'T1-LATE', 'deputy_in_charge', '2025-06-01T00:00:00+08:00');
  });

  const tasks = (weights: number[] = [20, 25, 15]) =>
    weights.map((weight, i) =>
      i === 2
        ? {
            code: `K${i + 1}`,
            title: '开展安全检查',
            weight,
            metric: 'inspections_conducted',
            target: 100,
          }
        : { code: `K${i + 1}`, title: `工作任务${i + 1}`, weight },
    );

  const agreement = (overrides: Record<string, unknown> = {}) => ({
    year: 2025,
    issuerUnitId: 'D1',
    responsibleUnitId: 'T1',
    signedAt: SIGNED_AT,
    signatories: [
      { personId: 'PD', post: 'principal' },
      { personId: 'T1-S', post: 'party_secretary' },
    ],
    controlIndicators: {
      maxAccidents: 3,
      maxDeaths: 1,
      maxLargerAccidents: 0,
      maxDeathsPer100mGdp: 0.05,
    },
    tasks: tasks(),
    ...overrides,
  });

  describe('POST /agreements', () => {
    it('signs an agreement whose task weights add up to 60, and reads it back', async () => {
      const signed = await post('/agreements', agreement({ id: 'A-2025-T1' })).expect(201);
      expect(signed.body).toMatchObject({
        id: 'A-2025-T1',
        year: 2025,
        issuerUnitId: 'D1',
        responsibleUnitId: 'T1',
        signedAt: '2025-01-15T02:00:00.000Z',
        status: 'active',
        amendments: [],
        controlIndicators: { maxAccidents: 3, maxDeaths: 1, maxLargerAccidents: 0 },
        position: expect.any(Number),
      });
      expect(signed.body.signatories).toEqual([
        {
          personId: 'PD',
          post: 'principal',
          postLabel: '主要负责人',
          unitId: 'D1',
          personName: '姓名PD',
        },
        {
          personId: 'T1-S',
          post: 'party_secretary',
          postLabel: '党委书记',
          unitId: 'T1',
          personName: '姓名T1-S',
        },
      ]);
      expect(signed.body.tasks).toHaveLength(3);
      expect(signed.body.tasks[2]).toEqual({
        code: 'K3',
        title: '开展安全检查',
        weight: 15,
        metric: 'inspections_conducted',
        metricLabel: '检查次数',
        target: 100,
      });
      const fetched = await get(
        `/agreements/A-2025-T1?minPosition=${signed.body.position as number}`,
      ).expect(200);
      expect(fetched.body).toMatchObject({ id: 'A-2025-T1', status: 'active' });
      expect(fetched.body.position).toBeUndefined();
      expect(await slotHolder(2025, 'T1')).toBe('A-2025-T1');
    });

    it('chooses an id when none is given', async () => {
      const signed = await post(
        '/agreements',
        agreement({
          year: 2026,
          signedAt: '2026-01-05T09:00:00+08:00',
        }),
      ).expect(201);
      expect(signed.body.id).toMatch(/^A-[0-9a-f]{12}$/);
      expect(await slotHolder(2026, 'T1')).toBe(signed.body.id);
    });

    it('replays a repeated create with the same id and body, and refuses a different body', async () => {
      const before = await eventCount();
      const again = await post('/agreements', agreement({ id: 'A-2025-T1' })).expect(201);
      expect(again.body.id).toBe('A-2025-T1');
      expect(await eventCount()).toBe(before);
      const other = await post(
        '/agreements',
        agreement({ id: 'A-2025-T1', controlIndicators: { maxAccidents: 9 } }),
      ).expect(409);
      expect(other.body.type).toMatch(/duplicate_id/);
      expect(await eventCount()).toBe(before);
      expect(await slotHolder(2025, 'T1')).toBe('A-2025-T1');
    });

    it('refuses a second active agreement for the same year and unit', async () => {
      const before = await eventCount();
      const second = await post('/agreements', agreement({ id: 'A-2025-T1-bis' })).expect(409);
      expect(second.body.type).toMatch(/active_agreement_exists/);
      expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
      await get('/agreements/A-2025-T1-bis').expect(404);
      expect(await eventCount()).toBe(before);
    });

    it('refuses task weights that do not add up to the task section (59.99 of 60)', async () => {
      const before = await eventCount();
      const refused = await post(
        '/agreements',
        agreement({
          id: 'A-W',
          responsibleUnitId: 'T3',
          signatories: [{ personId: 'T3-P', post: 'principal' }],
          tasks: tasks([20, 24.99, 15]),
        }),
      ).expect(422);
      expect(refused.body.type).toMatch(/task_weights_mismatch/);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'tasks' })]);
      expect(await eventCount()).toBe(before);
      expect(await slotHolder(2025, 'T3')).toBeNull();
    });

    it('refuses a signatory not in the named post on signedAt', async () => {
      const before = await eventCount();
      const notYet = await post(
        '/agreements',
        agreement({
          id: 'A-S1',
          responsibleUnitId: 'T3',
          signatories: [
            { personId: 'T3-P', post: 'principal' },
            { personId: 'T1-LATE', post: 'deputy_in_charge' },
          ],
        }),
      ).expect(422);
      expect(notYet.body.type).toMatch(/signatory_not_in_post/);
      const wrongPost = await post(
        '/agreements',
        agreement({
          id: 'A-S2',
          responsibleUnitId: 'T3',
          signatories: [{ personId: 'T3-S', post: 'principal' }],
        }),
      ).expect(422);
      expect(wrongPost.body.errors[0].field).toBe('signatories[0]');
      const noPrincipal = await post(
        '/agreements',
        agreement({
          id: 'A-S3',
          responsibleUnitId: 'T3',
          signatories: [{ personId: 'PD', post: 'principal' }],
        }),
      ).expect(422);
      expect(noPrincipal.body.type).toMatch(/responsible_principal_missing/);
      expect(await eventCount()).toBe(before);
    });

    it('refuses unknown units and other domain rules with 422, recording nothing', async () => {
      const before = await eventCount();
      const unknown = await post(
        '/agreements',
        agreement({ id: 'A-U', issuerUnitId: 'NOPE' }),
      ).expect(422);
      expect(unknown.body.type).toMatch(/unknown_unit/);
      expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'issuerUnitId' })]);
      const unknownResponsible = await post(
        '/agreements',
        agreement({ id: 'A-U2', responsibleUnitId: 'NOPE' }),
      ).expect(422);
      expect(unknownResponsible.body.errors[0].field).toBe('responsibleUnitId');
      await post(
        '/agreements',
        agreement({ id: 'A-Y', responsibleUnitId: 'T3', signedAt: '2023-06-01T00:00:00Z' }),
      ).expect(422);
      await post(
        '/agreements',
        agreement({
          id: 'A-F',
          responsibleUnitId: 'T3',
          year: 2099,
          signedAt: '2099-01-01T00:00:00Z',
        }),
      ).expect(422);
      await post(
        '/agreements',
        agreement({
          id: 'A-M',
          responsibleUnitId: 'T3',
          tasks: [
            { code: 'K1', title: 't', weight: 45 },
            { code: 'K2', title: 't', weight: 15, metric: 'inspections_conducted' },
          ],
        }),
      ).expect(422);
      await post(
        '/agreements',
        agreement({
          id: 'A-D',
          responsibleUnitId: 'T3',
          tasks: [
            { code: 'K1', title: 't', weight: 30 },
            { code: 'K1', title: 't', weight: 30 },
          ],
        }),
      ).expect(422);
      await post('/agreements', agreement({ id: 'A-I', responsibleUnitId: 'D1' })).expect(422);
      expect(await eventCount()).toBe(before);
      expect(await slotHolder(2025, 'T3')).toBeNull();
    });

    it('lets exactly one of concurrent signings for the same year and unit succeed', async () => {
      const ids = ['A-C1', 'A-C2', 'A-C3', 'A-C4', 'A-C5'];
      const sign = (id: string) =>
        post(
          '/agreements',
          agreement({
            id,
            responsibleUnitId: 'T2',
            signatories: [{ personId: 'T2-P', post: 'principal' }],
          }),
        );
      const responses = await Promise.all(ids.map(sign));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(ids.length - 1);
      const winner = responses.find((r) => r.status === 201)!.body.id as string;
      expect(await slotHolder(2025, 'T2')).toBe(winner);
      expect(await eventTypes('agreementslot-2025-T2')).toEqual(['AgreementSlotClaimed']);
      for (const id of ids) await get(`/agreements/${id}`).expect(id === winner ? 200 : 404);

      // Again once the slot stream exists: terminate the winner, then race for the free slot.
      await post(`/agreements/${winner}/termination`, {
        reason: '区划调整',
        terminatedAt: '2025-03-01T00:00:00+08:00',
      }).expect(200);
      expect(await slotHolder(2025, 'T2')).toBeNull();
      const second = ['A-R1', 'A-R2', 'A-R3', 'A-R4', 'A-R5'];
      const again = await Promise.all(second.map(sign));
      expect(again.filter((r) => r.status === 201)).toHaveLength(1);
      expect(again.filter((r) => r.status === 409)).toHaveLength(second.length - 1);
      const winner2 = again.find((r) => r.status === 201)!.body.id as string;
      expect(await slotHolder(2025, 'T2')).toBe(winner2);
      expect(await eventTypes('agreementslot-2025-T2')).toEqual([
        'AgreementSlotClaimed',
        'AgreementSlotReleased',
        'AgreementSlotClaimed',
      ]);
    });

    it('keeps one agreement per year and unit when signings interleave inside the service', async () => {
      // HTTP requests reach the handler a few ms apart; here all five are in flight at once.
      const bus = api.t.app.get(CommandBus);
      const sign = (id: string) => {
        const body = agreement({
          id,
          year: 2026,
          signedAt: '2026-01-10T00:00:00+08:00',
          responsibleUnitId: 'T3',
          signatories: [{ personId: 'T3-P', post: 'principal' }],
        });
        const context = {
          actor: { kind: 'system' as const, id: 'e2e', role: 'admin' as const },
          requestId: `race-${id}`,
          now: new Date(),
          requestHash: hashRequestBody(body),
        };
        return bus.execute(
          new SignAgreementCommand({}, body as unknown as SignAgreementDto, context),
        );
      };
      const ids = ['A-I1', 'A-I2', 'A-I3', 'A-I4', 'A-I5'];
      const settled = await Promise.allSettled(ids.map(sign));
      const won = settled.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      for (const r of settled.filter((r) => r.status === 'rejected')) {
        // A DomainError of kind `state`: the problem filter answers it with 409.
        expect((r as PromiseRejectedResult).reason).toMatchObject({
          kind: 'state',
          code: 'active_agreement_exists',
        });
      }
      const winner = (won[0] as PromiseFulfilledResult<{ id: string }>).value.id;
      expect(await slotHolder(2026, 'T3')).toBe(winner);
      expect(await eventTypes('agreementslot-2026-T3')).toEqual(['AgreementSlotClaimed']);
      for (const id of ids) await get(`/agreements/${id}`).expect(id === winner ? 200 : 404);
    });

    it('releases the slot it claimed when the same id is signed concurrently for another unit', async () => {
      const sign = (unitId: string) =>
        post(
          '/agreements',
          agreement({
            id: 'A-SAME',
            responsibleUnitId: unitId,
            signatories: [{ personId: `${unitId}-P`, post: 'principal' }],
          }),
        );
      const [r4, r5] = await Promise.all([sign('T4'), sign('T5')]);
      expect([r4.status, r5.status].sort()).toEqual([201, 409]);
      const [won, lost] = r4.status === 201 ? ['T4', 'T5'] : ['T5', 'T4'];
      expect(await slotHolder(2025, won)).toBe('A-SAME');
      expect(await slotHolder(2025, lost)).toBeNull();
      // Either the loser saw the agreement already recorded (claimed nothing), or it claimed its
      // slot before losing the race for the id and released it again.
      expect([[], ['AgreementSlotClaimed', 'AgreementSlotReleased']]).toContainEqual(
        await eventTypes(`agreementslot-2025-${lost}`),
      );
      const fetched = await get('/agreements/A-SAME').expect(200);
      expect(fetched.body.responsibleUnitId).toBe(won);
    });
    it('releases its claim when the signing loses the id to a request it did not see', async () => {
      // Simulates the race deterministically: the check for an existing agreement misses it.
      await post(
        '/agreements',
        agreement({
          id: 'A-RACE',
          year: 2026,
          signedAt: '2026-01-10T00:00:00+08:00',
          responsibleUnitId: 'T4',
          signatories: [{ personId: 'T4-P', post: 'principal' }],
        }),
      ).expect(201);
      const aggregates = api.t.app.get(AggregateExecutor);
      const load = aggregates.load.bind(aggregates);
      const spy = jest
        .spyOn(aggregates, 'load')
        .mockImplementation((decider, streamId, options) =>
          streamId === 'agreement-A-RACE'
            ? Promise.resolve({ state: null, exists: false, revision: -1, position: 0, events: [] })
            : load(decider, streamId, options),
        );
      try {
        const lost = await post(
          '/agreements',
          agreement({
            id: 'A-RACE',
            year: 2026,
            signedAt: '2026-01-10T00:00:00+08:00',
            responsibleUnitId: 'T5',
            signatories: [{ personId: 'T5-P', post: 'principal' }],
          }),
        );
        expect(lost.status).toBe(409);
      } finally {
        spy.mockRestore();
      }
      expect(await eventTypes('agreementslot-2026-T5')).toEqual([
        'AgreementSlotClaimed',
        'AgreementSlotReleased',
      ]);
      expect(await slotHolder(2026, 'T5')).toBeNull();
      expect(await slotHolder(2026, 'T4')).toBe('A-RACE');
      expect((await get('/agreements/A-RACE').expect(200)).body.responsibleUnitId).toBe('T4');
    });
  });

  describe('amendments and termination', () => {
    it('amends indicators, tasks and signatories', async () => {
      const amended = await post('/agreements/A-2025-T1/amendments', {
        reason: '年中调整',
        controlIndicators: { maxAccidents: 2, maxDeaths: 1 },
        tasks: tasks([30, 15, 15]),
        signatories: [{ personId: 'T1-P', post: 'principal' }],
        amendedAt: '2025-07-01T00:00:00+08:00',
      }).expect(200);
      expect(amended.body).toMatchObject({
        id: 'A-2025-T1',
        status: 'active',
        controlIndicators: { maxAccidents: 2, maxDeaths: 1 },
        signatories: [{ personId: 'T1-P', post: 'principal', unitId: 'T1' }],
        position: expect.any(Number),
      });
      expect(amended.body.controlIndicators.maxLargerAccidents).toBeUndefined();
      expect(amended.body.tasks.map((k: { weight: number }) => k.weight)).toEqual([30, 15, 15]);
      expect(amended.body.amendments).toEqual([
        expect.objectContaining({ reason: '年中调整', amendedAt: '2025-06-30T16:00:00.000Z' }),
      ]);
      const onlyReason = await post('/agreements/A-2025-T1/amendments', {
        reason: '补充指标',
        controlIndicators: { maxAccidents: 1 },
      }).expect(200);
      expect(onlyReason.body.amendments).toHaveLength(2);
      expect(onlyReason.body.tasks.map((k: { weight: number }) => k.weight)).toEqual([30, 15, 15]);
    });

    it('refuses amendments that break the rules, recording nothing', async () => {
      const before = await eventCount();
      const weights = await post('/agreements/A-2025-T1/amendments', {
        reason: '调整',
        tasks: tasks([30, 15, 14.99]),
      }).expect(422);
      expect(weights.body.type).toMatch(/task_weights_mismatch/);
      const nothing = await post('/agreements/A-2025-T1/amendments', { reason: '无' }).expect(422);
      expect(nothing.body.type).toMatch(/nothing_to_amend/);
      await post('/agreements/A-2025-T1/amendments', {
        reason: '签字人',
        signatories: [{ personId: 'T1-LATE', post: 'deputy_in_charge' }],
        amendedAt: '2025-03-01T00:00:00+08:00',
      }).expect(422);
      await post('/agreements/A-2025-T1/amendments', {
        reason: '太早',
        controlIndicators: { maxAccidents: 1 },
        amendedAt: '2024-12-01T00:00:00+08:00',
      }).expect(422);
      await post('/agreements/NOPE/amendments', {
        reason: '调整',
        controlIndicators: { maxAccidents: 1 },
      }).expect(404);
      expect(await eventCount()).toBe(before);
    });

    it('terminates, frees the slot, and a new agreement for the same year and unit can be signed', async () => {
      const terminated = await post('/agreements/A-2025-T1/termination', {
        reason: '乡镇撤并',
        terminatedAt: '2025-08-01T00:00:00+08:00',
      }).expect(200);
      expect(terminated.body).toMatchObject({
        id: 'A-2025-T1',
        status: 'terminated',
        terminatedAt: '2025-07-31T16:00:00.000Z',
        terminationReason: '乡镇撤并',
        position: expect.any(Number),
      });
      expect(await slotHolder(2025, 'T1')).toBeNull();

      const before = await eventCount();
      await post('/agreements/A-2025-T1/termination', {
        reason: '再次',
        terminatedAt: '2025-08-02T00:00:00+08:00',
      }).expect(409);
      await post('/agreements/A-2025-T1/amendments', {
        reason: '调整',
        controlIndicators: { maxAccidents: 1 },
      }).expect(409);
      await post('/agreements/NOPE/termination', {
        reason: '撤并',
        terminatedAt: '2025-08-02T00:00:00+08:00',
      }).expect(404);
      expect(await eventCount()).toBe(before);

      const renewed = await post(
        '/agreements',
        agreement({ id: 'A-2025-T1-new', signedAt: '2025-08-05T10:00:00+08:00' }),
      ).expect(201);
      expect(renewed.body.status).toBe('active');
      expect(await slotHolder(2025, 'T1')).toBe('A-2025-T1-new');
      const old = await get('/agreements/A-2025-T1').expect(200);
      expect(old.body.status).toBe('terminated');
    });

    it('answers 404 for an unknown agreement', async () => {
      const missing = await get('/agreements/NOPE').expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('bad input', () => {
    const fieldsOf = (body: { errors?: Array<{ field: string }> }) =>
      (body.errors ?? []).map((e) => e.field);

    it('refuses malformed signing requests with 400, recording nothing', async () => {
      const before = await eventCount();
      const base = agreement({ id: 'A-BAD', responsibleUnitId: 'T3' });
      const wrongTypes = await post('/agreements', {
        ...base,
        year: '2025',
        issuerUnitId: 5,
        signatories: 'PD',
        tasks: [{ code: 'K1', title: 't', weight: '60' }],
      }).expect(400);
      expect(wrongTypes.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(fieldsOf(wrongTypes.body)).toEqual(
        expect.arrayContaining(['year', 'issuerUnitId', 'signatories', 'tasks.0.weight']),
      );
      const unknownField = await post('/agreements', { ...base, colour: 'red' }).expect(400);
      expect(fieldsOf(unknownField.body)).toContain('colour');
      const unknownIndicator = await post('/agreements', {
        ...base,
        controlIndicators: { maxAccidents: 1, maxCats: 2 },
      }).expect(400);
      expect(fieldsOf(unknownIndicator.body)).toContain('controlIndicators.maxCats');
      const badIndicators = await post('/agreements', {
        ...base,
        controlIndicators: { maxAccidents: 1.5, maxDeaths: -1, maxDeathsPer100mGdp: '0.1' },
      }).expect(400);
      expect(fieldsOf(badIndicators.body)).toEqual(
        expect.arrayContaining([
          'controlIndicators.maxAccidents',
          'controlIndicators.maxDeaths',
          'controlIndicators.maxDeathsPer100mGdp',
        ]),
      );
      await post('/agreements', { ...base, controlIndicators: [1, 2] }).expect(400);
      await post('/agreements', { ...base, controlIndicators: 3 }).expect(400);
      const badTask = await post('/agreements', {
        ...base,
        tasks: [
          { code: 'K1', title: 't', weight: -1, metric: 'happiness', target: 'high', extra: 1 },
        ],
      }).expect(400);
      expect(fieldsOf(badTask.body)).toEqual(
        expect.arrayContaining([
          'tasks.0.weight',
          'tasks.0.metric',
          'tasks.0.target',
          'tasks.0.extra',
        ]),
      );
      const badSignatory = await post('/agreements', {
        ...base,
        signatories: [{ personId: 'PD', post: 'mayor', since: 2020 }],
      }).expect(400);
      expect(fieldsOf(badSignatory.body)).toEqual(
        expect.arrayContaining(['signatories.0.post', 'signatories.0.since']),
      );
      const missing = await post('/agreements', { id: 'A-BAD' }).expect(400);
      expect(fieldsOf(missing.body)).toEqual(
        expect.arrayContaining([
          'year',
          'issuerUnitId',
          'responsibleUnitId',
          'signedAt',
          'signatories',
          'tasks',
        ]),
      );
      await post('/agreements', { ...base, signedAt: '2025-01-15T10:00:00' }).expect(400);
      await post('/agreements', { ...base, signedAt: '2025-01-15' }).expect(400);
      await post('/agreements', { ...base, year: 2025.5 }).expect(400);
      await post('/agreements', { ...base, id: 'bad id/with slash' }).expect(400);
      await post('/agreements', {
        ...base,
        tasks: [{ code: 'K1', title: 'x'.repeat(10_001), weight: 60 }],
      }).expect(400);
      await post('/agreements', {
        ...base,
        signatories: Array.from({ length: 1_001 }, () => ({ personId: 'PD', post: 'principal' })),
      }).expect(400);
      await post('/agreements', {
        ...base,
        tasks: Array.from({ length: 1_001 }, (_, i) => ({ code: `K${i}`, title: 't', weight: 0 })),
      }).expect(400);
      await api
        .post('/agreements')
        .set('Content-Type', 'application/json')
        .send('{"year": 2025, ')
        .expect(400);
      expect(await eventCount()).toBe(before);
      expect(await slotHolder(2025, 'T3')).toBeNull();
    });

    it('refuses malformed amendments and terminations with 400, recording nothing', async () => {
      const before = await eventCount();
      const path = '/agreements/A-2025-T1-new';
      const wrong = await post(`${path}/amendments`, {
        reason: 7,
        tasks: {},
        signatories: [{ personId: 'T1-P' }],
        note: 'x',
      }).expect(400);
      expect(fieldsOf(wrong.body)).toEqual(
        expect.arrayContaining(['reason', 'tasks', 'signatories.0.post', 'note']),
      );
      await post(`${path}/amendments`, {
        reason: '调整',
        controlIndicators: { maxAccidents: 1 },
        amendedAt: '2025-09-01 10:00',
      }).expect(400);
      await post(`${path}/amendments`, {
        reason: 'x'.repeat(10_001),
        controlIndicators: { maxAccidents: 1 },
      }).expect(400);
      await post(`${path}/amendments`, {}).expect(400);
      await api
        .post(`${path}/amendments`)
        .set('Content-Type', 'application/json')
        .send('{"reason": ')
        .expect(400);
      await post(`${path}/termination`, {}).expect(400);
      await post(`${path}/termination`, {
        reason: '撤并',
        terminatedAt: '2025-09-01T00:00:00',
      }).expect(400);
      await post(`${path}/termination`, {
        reason: '撤并',
        terminatedAt: '2025-09-01T00:00:00Z',
        by: 'me',
      }).expect(400);
      await post(`${path}/termination`, {
        reason: '撤并',
        terminatedAt: '2099-09-01T00:00:00Z',
      }).expect(422);
      await post(`${path}/termination`, {
        reason: '撤并',
        terminatedAt: '2025-01-01T00:00:00Z',
      }).expect(422);
      expect(await eventCount()).toBe(before);
      const still = await get(path).expect(200);
      expect(still.body.status).toBe('active');
    });

    it('refuses requests without a valid token', async () => {
      await api.t.http().post('/api/v1/agreements').send(agreement()).expect(401);
      await api.t.http().get('/api/v1/agreements/A-2025-T1').expect(401);
    });
  });
});
