import { Module } from '@nestjs/common';
import { AppointPersonHandler } from './handlers/appoint-person.handler';
import { EndAppointmentHandler } from './handlers/end-appointment.handler';
import { RecordUnitStatisticsHandler } from './handlers/record-unit-statistics.handler';
import { RegisterUnitHandler } from './handlers/register-unit.handler';
import { ListUnitsHandler } from './queries/list-units.query';
import { UnitLookup } from './unit-lookup';
import { UnitsController } from './units.controller';
import { UnitsQueryController } from './units.query-controller';

@Module({
  controllers: [UnitsQueryController, UnitsController],
  providers: [
    UnitLookup,
    RegisterUnitHandler,
    AppointPersonHandler,
    EndAppointmentHandler,
    RecordUnitStatisticsHandler,
    ListUnitsHandler,
  ],
  exports: [UnitLookup],
})
export class UnitsModule {}
