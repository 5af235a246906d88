import {
  auditKey,
  auditProjection,
  type AuditEventDoc,
  STREAM_UNITS,
  type StreamUnitDoc,
} from '../../../projections/audit';
import type { ProjectedEvent } from '../../../projections/projection';
import { project, projected } from './memory-store';

describe('audit projection', () => {
  it('handles every event type, including ones it has never heard of', () => {
    for (const type of ['UnitRegistered', 'IntegrityAnchorRecorded', 'SomethingAddedNextYear']) {
      expect(auditProjection.handles.has(type)).toBe(true);
    }
  });

  it('keeps each event under its position with its id, stream, type, actor and time', async () => {
    const first = projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' });
    const second = {
      ...projected('incident-I1', 'BrandNewType', {}),
      actorId: 'u1',
      actorRole: 'reporter',
      revision: 3,
    };
    const store = await project(auditProjection, [first, second]);
    const docs = store.all<AuditEventDoc>('events');
    expect(docs).toEqual([
      {
        _id: auditKey(first.position),
        eventId: first.eventId,
        streamId: 'unit-D',
        revision: 0,
        type: 'UnitRegistered',
        actorId: 'tester',
        actorRole: 'admin',
        recordedAt: first.recordedAt,
        position: first.position,
        unitId: 'D',
      },
      {
        _id: auditKey(second.position),
        eventId: second.eventId,
        streamId: 'incident-I1',
        revision: 3,
        type: 'BrandNewType',
        actorId: 'u1',
        actorRole: 'reporter',
        recordedAt: second.recordedAt,
        position: second.position,
        unitId: null,
      },
    ]);
  });

  it('keys documents so that they sort as positions do', () => {
    const positions = [1, 9, 10, 99, 100, 123_456_789, Number.MAX_SAFE_INTEGER];
    const keys = positions.map(auditKey);
    expect([...keys].sort()).toEqual(keys);
    expect(keys.every((key) => key.length === 16)).toBe(true);
  });

  it('is idempotent: replaying an event leaves one document', async () => {
    const event = projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' });
    const store = await project(auditProjection, [event, event]);
    expect(store.all('events')).toHaveLength(1);
  });

  describe('the unit each event concerns (what a scoped user may see)', () => {
    const at = (revision: number, event: ProjectedEvent): ProjectedEvent => ({
      ...event,
      revision,
    });
    const unitsOf = async (events: ProjectedEvent[]) => {
      const store = await project(auditProjection, events);
      const docs = store.all<AuditEventDoc>('events').sort((a, b) => a.position - b.position);
      return { store, units: docs.map((doc) => [doc.streamId, doc.unitId]) };
    };

    it('takes it from the stream id for units, blacklistings and assessments', async () => {
      const { units } = await unitsOf([
        projected('unit-T1', 'UnitRegistered', { id: 'T1', name: '镇', kind: 'town' }),
        projected('blacklist-E1', 'EnterpriseBlacklisted', {}),
        projected('assessment-2025-T1', 'TaskScoreRecorded', {}),
      ]);
      expect(units).toEqual([
        ['unit-T1', 'T1'],
        ['blacklist-E1', 'E1'],
        ['assessment-2025-T1', 'T1'],
      ]);
    });

    it('takes it from the first event of the stream for its later events', async () => {
      const { units } = await unitsOf([
        projected('hazard-H1', 'HazardIdentified', { id: 'H1', unitId: 'E1' }),
        projected('penalty-P1', 'PenaltyImposed', { enterpriseId: 'E2' }),
        at(1, projected('hazard-H1', 'HazardRectified', {})),
        at(1, projected('penalty-P1', 'PenaltyPaid', {})),
        projected('user-U1', 'UserRegistered', { scopeUnitId: 'T1' }),
      ]);
      expect(units).toEqual([
        ['hazard-H1', 'E1'],
        ['penalty-P1', 'E2'],
        ['hazard-H1', 'E1'],
        ['penalty-P1', 'E2'],
        ['user-U1', 'T1'],
      ]);
    });

    it('gives none to streams that concern no unit', async () => {
      const { units } = await unitsOf([
        projected('scheme-2025', 'SchemePublished', {}),
        projected('user-ADMIN2', 'UserRegistered', { role: 'admin' }),
        projected('idempotency-abc', 'IdempotentRequestStarted', {}),
        at(4, projected('inspection-GONE', 'InspectionCorrected', {})),
      ]);
      expect(units.map(([, unitId]) => unitId)).toEqual([null, null, null, null]);
    });

    it('moves every event of an incident to the unit it is corrected to', async () => {
      const reported = projected('incident-I1', 'IncidentReported', { id: 'I1', unitId: 'E1' });
      const other = projected('incident-I2', 'IncidentReported', { id: 'I2', unitId: 'E1' });
      const investigated = at(1, projected('incident-I1', 'IncidentInvestigated', {}));
      const corrected = at(
        2,
        projected('incident-I1', 'IncidentDetailsCorrected', {
          field: 'unitId',
          from: 'E1',
          to: 'E2',
        }),
      );
      const later = at(3, projected('incident-I1', 'IncidentClosed', {}));
      const { store, units } = await unitsOf([reported, other, investigated, corrected, later]);
      expect(units).toEqual([
        ['incident-I1', 'E2'],
        ['incident-I2', 'E1'],
        ['incident-I1', 'E2'],
        ['incident-I1', 'E2'],
        ['incident-I1', 'E2'],
      ]);
      const stream = store.all<StreamUnitDoc>(STREAM_UNITS).find((s) => s._id === 'incident-I1');
      expect(stream?.events?.map((e) => e.position)).toEqual(
        [reported, investigated, corrected, later].map((e) => e.position),
      );
    });

    it('keeps an incident where it is when another detail is corrected', async () => {
      const { units } = await unitsOf([
        projected('incident-I3', 'IncidentReported', { id: 'I3', unitId: 'E1' }),
        at(
          1,
          projected('incident-I3', 'IncidentDetailsCorrected', {
            field: 'occurredAt',
            from: '2025-01-01T00:00:00Z',
            to: '2025-01-02T00:00:00Z',
          }),
        ),
      ]);
      expect(units).toEqual([
        ['incident-I3', 'E1'],
        ['incident-I3', 'E1'],
      ]);
    });

    it('lists each event of a movable stream once when an event is replayed', async () => {
      const reported = projected('incident-I4', 'IncidentReported', { id: 'I4', unitId: 'E1' });
      const closed = at(1, projected('incident-I4', 'IncidentClosed', {}));
      const { store } = await unitsOf([reported, closed, closed]);
      const [stream] = store.all<StreamUnitDoc>(STREAM_UNITS);
      expect(stream.events?.map((e) => e.position)).toEqual([reported.position, closed.position]);
    });
  });
});
