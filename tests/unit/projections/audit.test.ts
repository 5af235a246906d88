import { auditKey, auditProjection, type AuditEventDoc } from '../../../projections/audit';
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
});
