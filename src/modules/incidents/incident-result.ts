import {
  incidentDecider,
  incidentStreamId,
  type IncidentCommand,
  type IncidentState,
  toIncidentView,
  type IncidentView,
} from '../../domain/incidents';
import {
  aggregateKind,
  type AggregateExecutor,
  type LoadedAggregate,
} from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';

/** An incident as `AggregateExecutor.execute` takes it: decider, stream, label. */
export const incidentAggregate = aggregateKind(incidentDecider, incidentStreamId, 'incident');

export type IncidentWriteResponse = IncidentView & { position: number };

/** Runs one command on an existing incident and answers its view (as of now) and position. */
export async function updateIncident(
  aggregates: AggregateExecutor,
  incidentId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<IncidentState>) => IncidentCommand | Promise<IncidentCommand>,
): Promise<IncidentWriteResponse> {
  const result = await aggregates.execute({
    ...incidentAggregate(incidentId),
    context,
    mode: 'update',
    command,
  });
  return incidentResponse(result.state, result.position, context);
}

export function incidentResponse(
  state: IncidentState,
  position: number,
  context: CommandContext,
): IncidentWriteResponse {
  const incident = state as NonNullable<IncidentState>;
  return { ...toIncidentView(incident, context.now.toISOString()), position };
}
