import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  EVENT_STORE,
  type EventStore,
  type RecordedEvent,
} from '../../../../infrastructure/event-store/event-store.port';
import {
  assembleBundle,
  type StreamToBundle,
} from '../../../../infrastructure/event-store/integrity/evidence/assemble-bundle';
import type { EvidenceBundle } from '../../../../infrastructure/event-store/integrity/evidence/bundle-format';
import { notFoundProblem } from '../../../../infrastructure/http/problem';
import { ReadModels } from '../../../../infrastructure/projections/read-models';
import { type CoveringAnchor, IntegrityAnchors } from '../../../audit/anchoring/integrity-anchors';
import type { CommandContext } from '../../../shared/command-context';
import { readIncidentChain } from '../chain-reads';
import { evidenceStreams } from './evidence-streams';

export class IncidentEvidenceQuery {
  constructor(
    readonly incidentId: string,
    readonly context: CommandContext,
  ) {}
}

/**
 * The evidence bundle of an incident (docs/evidence.md). Its anchor is the latest one when this
 * instance recorded it and it covers every bundled stream's last event; otherwise an anchor is
 * recorded now (on demand, by the reader), so the proofs always hold the heads in the bundle.
 */
@QueryHandler(IncidentEvidenceQuery)
export class IncidentEvidenceHandler implements IQueryHandler<IncidentEvidenceQuery> {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly anchors: IntegrityAnchors,
  ) {}

  async execute({ incidentId, context }: IncidentEvidenceQuery): Promise<EvidenceBundle> {
    const chain = await readIncidentChain(this.readModels, incidentId);
    if (!chain) throw notFoundProblem(`No incident ${incidentId}.`);
    const read = await Promise.all(
      [...evidenceStreams(incidentId, chain)].map(
        async ([streamId, roles]): Promise<StreamToBundle> => ({
          streamId,
          roles,
          events: await this.store.readStream(streamId, { raw: true }),
        }),
      ),
    );
    const streams = read.filter((stream) => stream.events.length > 0);
    const lastPosition = Math.max(...streams.map((s) => s.events.at(-1)!.position));
    const anchor = await this.anchors.covering(lastPosition, {
      actorId: context.actor.id,
      actorRole: context.actor.role,
      requestId: context.requestId,
    });
    await Promise.all(streams.map((stream) => this.readUpToHead(stream, anchor)));
    return assembleBundle(incidentId, streams, anchor, context.now.toISOString());
  }

  /** Events appended after the read and before a fresh anchor: read them up to the anchored head. */
  private async readUpToHead(stream: StreamToBundle, anchor: CoveringAnchor): Promise<void> {
    const head = anchor.tree.head(stream.streamId);
    const last = stream.events.at(-1)!.revision;
    if (!head || head.revision <= last) return;
    const more: RecordedEvent[] = await this.store.readStream(stream.streamId, {
      raw: true,
      fromRevision: last + 1,
      limit: head.revision - last,
    });
    stream.events.push(...more);
  }
}
