import { Injectable } from '@nestjs/common';
import type { FieldError } from '../../domain/shared/errors';
import type { Unit } from '../../domain/units';
import { unprocessable } from '../../infrastructure/http/problem';
import { IncidentLookup } from '../incidents/incident-lookup';
import { UnitLookup } from '../units/unit-lookup';

export interface UnitReference {
  id: string;
  field: string;
}

/** Checks every unit and incident a command body names, and refuses with all unknown ones (422). */
@Injectable()
export class ReferencedRecords {
  constructor(
    private readonly units: UnitLookup,
    private readonly incidents: IncidentLookup,
  ) {}

  async require(
    units: UnitReference[],
    incident?: { id: string; field: string },
  ): Promise<Map<string, Unit>> {
    const found = new Map<string, Unit>();
    const errors: FieldError[] = [];
    for (const { id, field } of units) {
      const unit = found.get(id) ?? (await this.units.find(id));
      if (unit) found.set(id, unit);
      else errors.push({ field, message: `unit ${id} does not exist` });
    }
    if (incident && !(await this.incidents.find(incident.id))) {
      errors.push({ field: incident.field, message: `incident ${incident.id} does not exist` });
    }
    if (errors.length > 0) {
      throw unprocessable(
        'unknown_reference',
        errors.map((e) => `${e.field}: ${e.message}`).join('; '),
        errors,
      );
    }
    return found;
  }
}
