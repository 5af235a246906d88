import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { toUnitView } from '../../domain/units';
import { Ctx, type CommandContext } from '../shared/command-context';
import { YearPipe } from '../shared/year.pipe';
import { UnitLookup } from './unit-lookup';
import { AppointPersonCommand } from './handlers/appoint-person.handler';
import { EndAppointmentCommand } from './handlers/end-appointment.handler';
import { RecordUnitStatisticsCommand } from './handlers/record-unit-statistics.handler';
import { RegisterUnitCommand } from './handlers/register-unit.handler';
import {
  AppointPersonDto,
  EndAppointmentDto,
  RegisterUnitDto,
  UnitStatisticsDto,
} from './units.dto';

@Controller('units')
export class UnitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly units: UnitLookup,
  ) {}

  @Post()
  register(@Body() body: RegisterUnitDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RegisterUnitCommand({}, body, context));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toUnitView(await this.units.inPath(id));
  }

  @Post(':id/appointments')
  @HttpCode(200)
  appoint(@Param('id') id: string, @Body() body: AppointPersonDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new AppointPersonCommand({ unitId: id }, body, context));
  }

  @Post(':id/appointments/:personId/end')
  @HttpCode(200)
  endAppointment(
    @Param('id') id: string,
    @Param('personId') personId: string,
    @Body() body: EndAppointmentDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new EndAppointmentCommand({ unitId: id, personId }, body, context),
    );
  }

  @Put(':id/statistics/:year')
  recordStatistics(
    @Param('id') id: string,
    @Param('year', YearPipe) year: number,
    @Body() body: UnitStatisticsDto,
    @Ctx() context: CommandContext,
  ) {
    return this.commands.execute(
      new RecordUnitStatisticsCommand({ unitId: id, year }, body, context),
    );
  }
}
