import type { Response } from 'express';
import type { Logger } from 'pino';
import {
  AUDIT_EVENTS,
  auditKey,
  auditProjection,
  type AuditEventDoc,
} from '../../../../projections/audit';
import type {
  EventStore,
  RecordedEvent,
} from '../../../infrastructure/event-store/event-store.port';
import type { ReadModels } from '../../../infrastructure/projections/read-models';
import { unitsWithin } from '../../shared/units-within';
import { auditedEvent } from '../queries/audited-event';
import type { AuditWakeups } from './audit-wakeups';

export const EVENT_STREAM_TYPE = 'text/event-stream';
/** Audit documents read at a time. */
const PAGE_SIZE = 500;
/** How long a client that lost the stream waits before it connects again (with Last-Event-ID). */
const RETRY_MS = 3_000;
/** A page that keeps at least this share of what it scanned reads the log in one pass. */
const DENSE = 1 / 4;

/** One server-sent event per recorded event: its global position as id, its type as event. */
export function eventMessage(event: RecordedEvent): string {
  const data = {
    position: event.position,
    eventId: event.id,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    recordedAt: event.metadata.recordedAt,
    actor: { id: event.metadata.actorId, role: event.metadata.actorRole },
    data: event.data,
  };
  return `id: ${event.position}\nevent: ${event.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

export interface FeedSources {
  readModels: ReadModels;
  events: EventStore;
  wakeups: AuditWakeups;
  logger: Logger;
}

export interface FeedOptions {
  /** Events after this position. */
  from: number;
  /** Only events of streams concerning this unit or a unit below it, as the audit trail lists them. */
  withinUnitId?: string;
  heartbeatMs: number;
  /** Asked at each heartbeat: false (a revoked user or token) ends the feed. */
  stillAllowed: () => Promise<boolean>;
  onClosed: () => void;
}

/**
 * One client's feed: the audit trail's documents after its position, in log order, those within
 * its unit kept (as GET /audit/events narrows by `withinUnitId`), each sent as the event recorded.
 * Caught up, it waits for the trail to grow; a comment line every heartbeat keeps proxies from
 * closing it. It ends when the client leaves, or the service stops.
 */
export class EventFeed {
  private closed = false;
  private timer: NodeJS.Timeout | null = null;
  private release!: () => void;
  private readonly done = new Promise<void>((resolve) => (this.release = resolve));

  constructor(
    private readonly sources: FeedSources,
    private readonly response: Response,
    private readonly options: FeedOptions,
  ) {}

  start(): void {
    const response = this.response;
    response.status(200);
    response.setHeader('Content-Type', `${EVENT_STREAM_TYPE}; charset=utf-8`);
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('X-Accel-Buffering', 'no');
    response.flushHeaders();
    response.write(`retry: ${RETRY_MS}\n\n`);
    response.on('close', () => this.close());
    this.timer = setInterval(() => void this.heartbeat(), this.options.heartbeatMs);
    this.run()
      .catch((error: unknown) => this.sources.logger.warn({ err: error }, 'event feed failed'))
      .finally(() => this.close());
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.release();
    if (!this.response.writableEnded) this.response.end();
    this.options.onClosed();
  }

  private async run(): Promise<void> {
    const { readModels, wakeups } = this.sources;
    let cursor = this.options.from;
    while (!this.closed) {
      const mark = wakeups.mark();
      const scanned = await readModels.find<AuditEventDoc>(auditProjection, AUDIT_EVENTS, {
        where: { _id: { $gt: auditKey(cursor) } },
        sort: [['_id', 1]],
        limit: PAGE_SIZE,
      });
      if (scanned.length === 0) {
        await Promise.race([wakeups.after(mark), this.done]);
        continue;
      }
      const visible = await this.visible(scanned);
      for (const event of await this.eventsOf(visible, cursor, scanned.length)) {
        if (this.closed) return;
        await this.send(eventMessage(event));
      }
      cursor = scanned[scanned.length - 1].position;
    }
  }

  private async visible(docs: AuditEventDoc[]): Promise<AuditEventDoc[]> {
    const { withinUnitId } = this.options;
    if (!withinUnitId) return docs;
    const units = new Set(await unitsWithin(this.sources.readModels, withinUnitId));
    return docs.filter((doc) => doc.unitId !== null && units.has(doc.unitId));
  }

  /**
   * The events of `docs`, which lie among the `scanned` after `cursor`: read from the log in one
   * pass when they are many of them, else one by one from their streams.
   */
  private async eventsOf(
    docs: AuditEventDoc[],
    cursor: number,
    scanned: number,
  ): Promise<RecordedEvent[]> {
    if (docs.length === 0) return [];
    const { events } = this.sources;
    const logged =
      docs.length >= scanned * DENSE ? await events.readAll(cursor, { limit: scanned }) : [];
    const byPosition = new Map(logged.map((event) => [event.position, event]));
    const found: RecordedEvent[] = [];
    for (const doc of docs) {
      const read = byPosition.get(doc.position);
      const event = read?.id === doc.eventId ? read : await auditedEvent(events, doc);
      if (event) found.push(event);
    }
    return found;
  }

  /** Writes a message, waiting for a slow client to take what it was sent before. */
  private async send(message: string): Promise<void> {
    if (this.response.write(message)) return;
    await Promise.race([new Promise((resolve) => this.response.once('drain', resolve)), this.done]);
  }

  private async heartbeat(): Promise<void> {
    if (this.closed) return;
    const allowed = await this.options.stillAllowed().catch(() => true);
    if (!allowed) this.close();
    else if (!this.closed) this.response.write(': heartbeat\n\n');
  }
}
