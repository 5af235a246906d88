import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../infrastructure/event-store/event-store.port';
import type { IntegrityAnchor } from '../../infrastructure/event-store/integrity/anchor';
import { AnchorRecorder } from '../../infrastructure/event-store/integrity/anchor-recorder';
import type { CommandContext } from '../shared/command-context';

export class RecordAnchorCommand {
  constructor(
    readonly context: CommandContext,
    readonly reason: IntegrityAnchor['reason'] = 'on_demand',
  ) {}
}

export interface RecordedAnchor extends IntegrityAnchor {
  id: string;
  streamId: string;
  position: number;
  recordedAt: string;
}

/** Records an integrity anchor on demand (a root over every stream head). */
@CommandHandler(RecordAnchorCommand)
export class RecordAnchorHandler implements ICommandHandler<RecordAnchorCommand> {
  private readonly recorder: AnchorRecorder;
  /** One anchor at a time: the recorder keeps the heads it has read. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) events: EventStore) {
    this.recorder = new AnchorRecorder(events);
  }

  execute({ context, reason }: RecordAnchorCommand): Promise<RecordedAnchor> {
    const run = this.queue.then(async () => {
      const event = await this.recorder.record(reason, {
        actorId: context.actor.id,
        actorRole: context.actor.role,
        requestId: context.requestId,
      });
      return {
        ...event.data,
        id: event.id,
        streamId: event.streamId,
        position: event.position,
        recordedAt: event.metadata.recordedAt,
      };
    });
    this.queue = run.catch(() => undefined);
    return run;
  }
}
