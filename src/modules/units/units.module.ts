import { Module } from '@nestjs/common';
import { AppointPersonHandler } from './handlers/appoint-person.handler';
import { EndAppointmentHandler } from './handlers/end-appointment.handler';
import { RecordUnitStatisticsHandler } from './handlers/record-unit-statistics.handler';
import { RegisterUnitHandler } from './handlers/register-unit.handler';
import { UnitLookup } from './unit-lookup';
import { UnitsController } from './units.controller';

@Module({
  controllers: [UnitsController],
  providers: [
    UnitLookup,
    RegisterUnitHandler,
    AppointPersonHandler,
    EndAppointmentHandler,
    RecordUnitStatisticsHandler,
  ],
  exports: [UnitLookup],
})
export class UnitsModule {}
