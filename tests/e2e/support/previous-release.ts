import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { SqliteEventStore } from '../../../src/infrastructure/event-store/sqlite/sqlite-event-store';
import { hashRequestBody } from '../../../src/modules/shared/command-context';

/**
 * Writes a data directory the way the release before reserved ids and lease-held idempotency
 * claims did: the events are appended through the event store port, in their old shapes.
 */
export class PreviousReleaseStore {
  private readonly store: SqliteEventStore;

  constructor(dataDir: string) {
    this.store = new SqliteEventStore({ file: join(dataDir, 'events.db') });
  }

  private append(streamId: string, actorId: string, events: { type: string; data: unknown }[]) {
    const actorRole = actorId === 'bootstrap-admin' ? 'admin' : 'office';
    const metadata = { actorId, actorRole, requestId: `old-${randomUUID()}` };
    return this.store.append(
      streamId,
      events.map((event) => ({ id: randomUUID(), ...event, metadata })),
      'any',
    );
  }

  /** A user with its token index, as POST /users recorded it. */
  async user(id: string, token: string, scopeUnitId: string, role = 'office'): Promise<void> {
    const tokenHash = createHash('sha256').update(token).digest('hex');
    await this.append(`user-${id}`, 'bootstrap-admin', [
      { type: 'UserRegistered', data: { id, name: id, role, scopeUnitId, tokenHash } },
    ]);
    await this.append(`usertoken-${tokenHash}`, 'bootstrap-admin', [
      { type: 'UserTokenIssued', data: { userId: id, issuedAt: new Date().toISOString() } },
    ]);
  }

  /** The idempotency stream of a key, scoped as the previous release did (by actor id alone). */
  static keyStream(actorId: string, key: string): string {
    const scoped = `${actorId}\u0000${key}`;
    return `idempotency-${createHash('sha256').update(scoped).digest('hex').slice(0, 40)}`;
  }

  /** A keyed request: its claim, then (unless it crashed) its answer or its release. */
  async keyedRequest(
    actorId: string,
    key: string,
    request: { path: string; body: unknown },
    outcome: { completed: { status: number; body: unknown } } | 'crashed' | 'released',
  ): Promise<string> {
    const streamId = PreviousReleaseStore.keyStream(actorId, key);
    const started = {
      type: 'IdempotentRequestStarted',
      data: { method: 'POST', path: request.path, requestHash: hashRequestBody(request.body) },
    };
    const end =
      outcome === 'crashed'
        ? []
        : outcome === 'released'
          ? [{ type: 'IdempotentRequestReleased', data: { reason: 'request failed' } }]
          : [{ type: 'IdempotentRequestCompleted', data: outcome.completed }];
    await this.append(streamId, actorId, [started, ...end]);
    return streamId;
  }

  /**
   * A correction as the release before the four-eyes rule recorded it: applied at once, without
   * correctionId, proposer or approver (with the late finding's withdrawal when it withdrew one).
   */
  async correctionApplied(
    incidentId: string,
    actorId: string,
    data: { field: string; from: string; to: string; reason: string; correctedAt: string },
    late: boolean,
    withdrawsLateFinding: boolean,
  ): Promise<void> {
    await this.append(`incident-${incidentId}`, actorId, [
      { type: 'IncidentDetailsCorrected', data: { ...data, late } },
      ...(withdrawsLateFinding
        ? [
            {
              type: 'MisreportingFindingWithdrawn',
              data: {
                kind: 'late',
                withdrawnAt: data.correctedAt,
                reason: `correction of ${data.field}`,
              },
            },
          ]
        : []),
    ]);
  }

  lastPosition(): Promise<number> {
    return this.store.lastPosition();
  }

  close(): Promise<void> {
    return this.store.close();
  }
}
