import { YearQuery } from '../../shared/integer-query';
import { INCIDENTS, incidentsProjection } from '../../../../projections/incidents';
import { INCIDENT_GRADES } from '../../../domain/incidents';
import { INDUSTRIES } from '../../../domain/units';
import { listQuery, ListSort } from '../../shared/list-query';
import { PagedQueryDto } from '../../shared/paging';
import { ReadQueryDto } from '../../shared/read-query.dto';
import { IsId, OptionalId, OptionalOneOf, OptionalTime } from '../../shared/validators';

/** Incidents by `occurredAt`. */
export const INCIDENT_LIST = listQuery(incidentsProjection.collections[INCIDENTS], 'occurredAt');

export class ListIncidentsQueryDto extends PagedQueryDto {
  /** Assessment year: the CST calendar year of `occurredAt`. */
  @YearQuery() year?: string;
  /** Incidents attributed to the unit (its own, its descendants', a department's industries). */
  @OptionalId() unitId?: string;
  @OptionalOneOf(INCIDENT_GRADES.map((g) => g.code)) grade?: string;
  @OptionalOneOf(INDUSTRIES) industry?: string;
  /** Occurred at or after this time. */
  @OptionalTime() from?: string;
  /** Occurred before this time. */
  @OptionalTime() to?: string;
  @ListSort(INCIDENT_LIST) sort?: string;
}

export class UnitChainQueryDto extends ReadQueryDto {
  @IsId() unitId!: string;
  /** Defaults to `asOf`, else the reading time. */
  @OptionalTime() at?: string;
  /** Answer as recorded at this time (events recorded later are ignored). */
  @OptionalTime() asOf?: string;
}

export class IncidentChainQueryDto extends ReadQueryDto {
  /** Answer as recorded at this time (events recorded later are ignored). */
  @OptionalTime() asOf?: string;
}
