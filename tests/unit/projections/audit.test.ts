import { auditProjection, type AuditEventDoc } from '../../../projections/audit';
import { project, projected } from './memory-store';

describe('audit projection', () => {
  it('handles every event type, including ones it has never heard of', () => {
    for (const type of ['UnitRegistered', 'IntegrityAnchorRecorded', 'SomethingAddedNextYear']) {
      expect(auditProjection.handles.has(type)).toBe(true);
    }
  });

  it('indexes each event by id with its stream, type, actor, time and position', async () => {
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
        _id: first.eventId,
        streamId: 'unit-D',
        revision: 0,
        type: 'UnitRegistered',
        actorId: 'tester',
        actorRole: 'admin',
        recordedAt: first.recordedAt,
        position: first.position,
      },
      {
        _id: second.eventId,
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

  it('is idempotent: replaying an event leaves one document', async () => {
    const event = projected('unit-D', 'UnitRegistered', { id: 'D', name: '区', kind: 'district' });
    const store = await project(auditProjection, [event, event]);
    expect(store.all('events')).toHaveLength(1);
  });
});
