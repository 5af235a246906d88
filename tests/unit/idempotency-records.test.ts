import { createHash } from 'node:crypto';
import { upcasters } from '../../src/infrastructure/event-store/upcasting/upcasters';
import type { RecordedEvent } from '../../src/infrastructure/event-store/event-store.port';
import {
  answerOf,
  keyStreamId,
  withoutShownOnce,
} from '../../src/modules/shared/idempotency-records';

const recorded = (type: string, data: unknown, schemaVersion = 1): RecordedEvent =>
  ({ type, data, schemaVersion, revision: 0 }) as RecordedEvent;

describe('the records of Idempotency-Keys', () => {
  it('reads an answer recorded with a token (v1) without it, and leaves the rest', () => {
    const body = { id: 'U1', name: '王五', token: 'secret-token', position: 7 };
    const raised = upcasters.apply(recorded('IdempotentRequestCompleted', { status: 201, body }));
    expect(raised.schemaVersion).toBe(2);
    expect(raised.data).toEqual({ status: 201, body: { id: 'U1', name: '王五', position: 7 } });
    expect(withoutShownOnce([{ token: 'x' }])).toEqual([{ token: 'x' }]);
    expect(withoutShownOnce(null)).toBeNull();
  });

  it('finds the request an older answer answered in the claim before it', () => {
    const claim = { method: 'POST', path: '/api/v1/units', requestHash: 'h1' };
    const history = [
      recorded('IdempotentRequestStarted', { ...claim, requestHash: 'h0' }),
      recorded('IdempotentRequestReleased', { reason: 'request failed' }),
      recorded('IdempotentRequestStarted', claim),
      recorded('IdempotentRequestCompleted', { status: 201, body: {} }),
    ];
    expect(answerOf(history)?.request).toEqual(claim);
    expect(answerOf(history.slice(0, 3))).toBeUndefined();
  });

  it('scopes a user’s keys as before, and the system’s apart from any user’s', () => {
    const legacy = `idempotency-${createHash('sha256').update('office-1\u0000k').digest('hex').slice(0, 40)}`;
    expect(keyStreamId({ kind: 'user', id: 'office-1', role: 'office' }, 'k')).toBe(legacy);
    const admin = keyStreamId({ kind: 'system', id: 'bootstrap-admin', role: 'admin' }, 'k');
    expect(admin).not.toBe(
      keyStreamId({ kind: 'user', id: 'bootstrap-admin', role: 'admin' }, 'k'),
    );
  });
});
