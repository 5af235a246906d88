import { Injectable } from '@nestjs/common';
import {
  type Incident,
  incidentDecider,
  incidentStreamId,
  type IncidentState,
} from '../../domain/incidents';
import { notFoundProblem, unprocessable } from '../../infrastructure/http/problem';
import { AggregateExecutor, type LoadedAggregate } from '../shared/aggregate-executor';

/** Loads incidents: 404 for an incident in the path, 422 for one referenced in a body. */
@Injectable()
export class IncidentLookup {
  constructor(private readonly aggregates: AggregateExecutor) {}

  load(incidentId: string): Promise<LoadedAggregate<IncidentState>> {
    return this.aggregates.load<IncidentState>(incidentDecider, incidentStreamId(incidentId));
  }

  async find(incidentId: string): Promise<Incident | undefined> {
    return (await this.load(incidentId)).state ?? undefined;
  }

  async inPath(incidentId: string): Promise<LoadedAggregate<Incident>> {
    const loaded = await this.load(incidentId);
    if (!loaded.state) throw notFoundProblem(`No incident ${incidentId}.`);
    return { ...loaded, state: loaded.state };
  }

  async referenced(incidentId: string, field: string): Promise<Incident> {
    const incident = await this.find(incidentId);
    if (!incident) {
      throw unprocessable('unknown_incident', `Incident ${incidentId} does not exist.`, [
        { field, message: `incident ${incidentId} does not exist` },
      ]);
    }
    return incident;
  }
}
