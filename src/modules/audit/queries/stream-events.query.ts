import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';
import { notFoundProblem } from '../../../infrastructure/http/problem';
import { type EventEnvelope, toEnvelope } from './event-envelope';

export class StreamEventsQuery {
  constructor(readonly streamId: string) {}
}

export interface StreamEvents {
  streamId: string;
  events: EventEnvelope[];
}

/** Every event of a stream in revision order, upcast, with its envelope (from the event store). */
@QueryHandler(StreamEventsQuery)
export class StreamEventsHandler implements IQueryHandler<StreamEventsQuery> {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async execute({ streamId }: StreamEventsQuery): Promise<StreamEvents> {
    const events = await this.events.readStream(streamId, { raw: false });
    if (events.length === 0) throw notFoundProblem(`No stream ${streamId}.`);
    return { streamId, events: events.map(toEnvelope) };
  }
}
