import {
  incidentDecider,
  incidentStreamId,
  type IncidentCommand,
  type IncidentState,
  toIncidentView,
  type IncidentView,
} from '../../domain/incidents';
import type { AggregateExecutor, LoadedAggregate } from '../shared/aggregate-executor';
import type { CommandContext } from '../shared/command-context';

export type IncidentWriteResponse = IncidentView & { position: number };

/** Runs one command on an existing incident and answers its view (as of now) and position. */
export async function updateIncident(
  aggregates: AggregateExecutor,
  incidentId: string,
  context: CommandContext,
  command: (current: LoadedAggregate<IncidentState>) => IncidentCommand | Promise<IncidentCommand>,
): Promise<IncidentWriteResponse> {
  const result = await aggregates.execute({
    decider: incidentDecider,
    streamId: incidentStreamId(incidentId),
    context,
    mode: 'update',
    label: `incident ${incidentId}`,
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
