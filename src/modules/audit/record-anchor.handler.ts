import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IntegrityAnchor } from '../../infrastructure/event-store/integrity/anchor';
import type { CommandContext } from '../shared/command-context';
import { IntegrityAnchors } from './anchoring/integrity-anchors';

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

/** Records an integrity anchor (the Merkle root over every stream head). */
@CommandHandler(RecordAnchorCommand)
export class RecordAnchorHandler implements ICommandHandler<RecordAnchorCommand> {
  constructor(private readonly anchors: IntegrityAnchors) {}

  async execute({ context, reason }: RecordAnchorCommand): Promise<RecordedAnchor> {
    const event = await this.anchors.record(reason, {
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
  }
}
