import { Inject, Injectable } from '@nestjs/common';
import {
  eventsNamedBy,
  restingCorrections,
  type RestingCorrection,
} from '../../../domain/assessment/corrections';
import {
  incidentDecider,
  type IncidentEvent,
  type IncidentState,
  withCorrectionEvents,
} from '../../../domain/incidents';
import { EVENT_STORE, type EventStore } from '../../../infrastructure/event-store/event-store.port';

const INCIDENT_STREAM = /^incident-(.+)$/;

/** The applied corrections of the incidents a unit's result names (四眼原则, kept visible). */
@Injectable()
export class CorrectionsReader {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  async restingOn(result: unknown): Promise<RestingCorrection[]> {
    const named = eventsNamedBy(result);
    const streams = [...new Set(named.map((ref) => ref.streamId))].filter((id) =>
      INCIDENT_STREAM.test(id),
    );
    const perIncident = await Promise.all(
      streams.map(async (streamId) => {
        const recorded = await this.events.readStream(streamId);
        const state = recorded.reduce<IncidentState>(
          (current, e) =>
            incidentDecider.evolve(current, { type: e.type, data: e.data } as IncidentEvent),
          null,
        );
        if (!state) return [];
        const refs = recorded.map((e) => ({ ...e, ref: { streamId, eventId: e.id } }));
        return restingCorrections(state.id, withCorrectionEvents(state.corrections, refs), named);
      }),
    );
    return perIncident.flat();
  }
}
