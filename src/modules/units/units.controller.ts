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
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL, OFFICE } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { body, param } from '../auth/touches';
import { stepsOf } from '../contract/worked-example';

@ApiSection(SECTIONS.units)
@Controller('units')
export class UnitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly units: UnitLookup,
  ) {}

  @Route({
    roles: OFFICE,
    touches: [{ at: 'body.parentId', names: 'unit', ifAbsent: 'global' }],
    summary: 'Register a unit (单位登记)',
    examples: stepsOf('POST /units'),
    answer: 'UnitWritten',
  })
  @Post()
  register(@Body() body: RegisterUnitDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new RegisterUnitCommand({}, body, context));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'unit')],
    summary: 'Get a unit with its posts and statistics',
    answer: 'Unit',
  })
  @Get(':id')
  async get(@Param('id') id: string) {
    return toUnitView(await this.units.inPath(id));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'unit'), body('personId', 'person')],
    summary: 'Appoint a person to a post (任职)',
    examples: stepsOf('POST /units/{id}/appointments'),
    answer: 'UnitWritten',
  })
  @Post(':id/appointments')
  @HttpCode(200)
  appoint(@Param('id') id: string, @Body() body: AppointPersonDto, @Ctx() context: CommandContext) {
    return this.commands.execute(new AppointPersonCommand({ unitId: id }, body, context));
  }

  @Route({
    roles: OFFICE,
    touches: [param('id', 'unit'), param('personId', 'person')],
    summary: 'End an appointment (离任)',
    answer: 'UnitWritten',
  })
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

  @Route({
    roles: OFFICE,
    touches: [param('id', 'unit')],
    summary: "Record a unit's statistics for a year (统计数据)",
    answer: 'UnitWritten',
  })
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
