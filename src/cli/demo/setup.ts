import { AppointPersonCommand } from '../../modules/units/handlers/appoint-person.handler';
import { RecordUnitStatisticsCommand } from '../../modules/units/handlers/record-unit-statistics.handler';
import { RegisterUnitCommand } from '../../modules/units/handlers/register-unit.handler';
import type { CityWorld } from '../../world/city';
import type { DistrictWorld } from '../../world/district';
import { cstIso } from '../../world/time';
import { type Appointment, registration, type UnitInfo } from '../../world/units';
import { type DemoCommand, demoCommand } from './types';

/** The commands that set a generated world up: units, then the people in their posts. */

const register = (unit: UnitInfo): DemoCommand =>
  demoCommand(RegisterUnitCommand, {}, registration(unit));

export const appointmentCommand = ({
  unit,
  post,
  holding,
  portfolioIndustries,
}: Appointment): DemoCommand =>
  demoCommand(
    AppointPersonCommand,
    { unitId: unit.id },
    {
      personId: holding.personId,
      personName: holding.personName,
      post,
      from: cstIso(holding.from),
      ...(portfolioIndustries && { portfolioIndustries: [...portfolioIndustries] }),
    },
  );

function statistics(unit: UnitInfo): DemoCommand[] {
  if (!unit.statistics) return [];
  const { year, ...figures } = unit.statistics;
  return [demoCommand(RecordUnitStatisticsCommand, { unitId: unit.id, year }, figures)];
}

export function districtSetup(world: DistrictWorld): DemoCommand[] {
  const { district, towns, departments, enterprises } = world;
  return [
    ...[district, ...towns, ...departments, ...enterprises].map(register),
    ...world.appointments.map(appointmentCommand),
    ...[district, ...towns].flatMap(statistics),
  ];
}

export function citySetup(world: CityWorld): DemoCommand[] {
  return [
    ...[world.city, ...world.departments].map(register),
    ...world.appointments.map(appointmentCommand),
  ];
}
