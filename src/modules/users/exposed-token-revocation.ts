import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DomainError } from '../../domain/shared/errors';
import { SYSTEM_ACTOR_IDS, userDecider, userStreamId, type UserState } from '../../domain/users';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '../../infrastructure/event-store/event-store.port';
import { LOGGER } from '../../infrastructure/logging/logger';
import { READ_STORE, type ReadStore } from '../../infrastructure/read-store/read-store.port';
import { hashToken } from '../auth/token-hash';
import { AggregateExecutor } from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';
import { ANSWER, type RecordedAnswer } from '../shared/idempotency-records';
import { userAggregate } from './user-aggregate';

/**
 * 1 + the last position the scan read (0: never scanned). Only spares the next starts the scan:
 * a scan made again revokes nothing twice.
 */
const SCANNED = 'upgrade_exposed_tokens';

interface Exposure {
  userId: string;
  tokenHash: string;
  eventId: string;
}

/** A token an answer recorded before v2 showed: the raw event holds it, reads do not. */
function exposureIn(event: RecordedEvent): Exposure | undefined {
  if (event.type !== ANSWER || event.schemaVersion !== 1) return undefined;
  const body = (event.data as RecordedAnswer).body as { id?: unknown; token?: unknown } | null;
  if (typeof body?.token !== 'string' || typeof body.id !== 'string') return undefined;
  return { userId: body.id, tokenHash: hashToken(body.token), eventId: event.id };
}

/**
 * At the first start on a store written before tokens were kept out of recorded answers: revokes
 * every token such an answer held (whoever could read the log or the audit trail saw it), and
 * every user holding an id the system acts under. The revocations are events by `system`; the
 * users get new tokens through POST /users/:id/token.
 */
@Injectable()
export class ExposedTokenRevocation implements OnApplicationBootstrap {
  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    private readonly aggregates: AggregateExecutor,
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.reads.getCheckpoint(SCANNED)) > 0) return;
    const head = await this.events.lastPosition();
    const now = new Date();
    const context: CommandContext = {
      actor: { kind: 'system', id: SYSTEM_ACTOR_IDS.system, role: 'admin' },
      requestId: `upgrade-${randomUUID()}`,
      now,
      requestHash: '',
    };
    const tokens: string[] = [];
    for (const exposure of await this.exposures(head)) {
      if (await this.revokeToken(exposure, context)) tokens.push(exposure.userId);
    }
    const users: string[] = [];
    for (const id of Object.values(SYSTEM_ACTOR_IDS)) {
      if (await this.revokeUser(id, context)) users.push(id);
    }
    await this.reads.transaction(async (tx) => tx.setCheckpoint(SCANNED, head + 1));
    if (tokens.length + users.length > 0)
      this.logger.warn({ tokensRevokedOf: tokens, usersRevoked: users }, 'exposed tokens revoked');
  }

  private async exposures(head: number): Promise<Exposure[]> {
    const found: Exposure[] = [];
    let position = 0;
    while (position < head) {
      const batch = await this.events.readAll(position, { limit: 5000, raw: true });
      if (batch.length === 0) break;
      for (const event of batch) {
        const exposure = exposureIn(event);
        if (exposure) found.push(exposure);
      }
      position = batch[batch.length - 1].position;
    }
    return found;
  }

  private async revokeToken(exposure: Exposure, context: CommandContext): Promise<boolean> {
    const streamId = userStreamId(exposure.userId);
    if (!(await this.aggregates.load(userDecider, streamId)).exists) return false;
    const result = await this.aggregates.execute({
      ...userAggregate(exposure.userId),
      context,
      mode: 'update',
      command: () => ({
        type: 'RevokeUserToken' as const,
        tokenHash: exposure.tokenHash,
        reason: `the token was recorded in the answer ${exposure.eventId} of an Idempotency-Key`,
        now: context.now.toISOString(),
      }),
    });
    return result.events.length > 0;
  }

  /** A user registered under an id the system acts under (before such ids were refused). */
  private async revokeUser(id: string, context: CommandContext): Promise<boolean> {
    const streamId = userStreamId(id);
    const user = await this.aggregates.load<UserState>(userDecider, streamId);
    if (!user.state || user.state.revokedAt !== undefined) return false;
    const revoked = this.aggregates.execute({
      ...userAggregate(id),
      context,
      mode: 'update',
      command: () => ({
        type: 'RevokeUser' as const,
        reason: 'the id is reserved for the system',
        now: context.now.toISOString(),
      }),
    });
    return revoked.then(
      () => true,
      (error: unknown) => {
        // Another instance starting at the same time revoked it first.
        if (error instanceof DomainError && error.code === 'already_revoked') return false;
        throw error;
      },
    );
  }
}
