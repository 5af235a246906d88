import type { CommandContext } from '../shared/command-context';
import type {
  AppointPersonDto,
  EndAppointmentDto,
  RegisterUnitDto,
  UnitStatisticsDto,
} from './units.dto';

export class RegisterUnitCommand {
  constructor(
    readonly body: RegisterUnitDto,
    readonly context: CommandContext,
  ) {}
}

export class AppointPersonCommand {
  constructor(
    readonly unitId: string,
    readonly body: AppointPersonDto,
    readonly context: CommandContext,
  ) {}
}

export class EndAppointmentCommand {
  constructor(
    readonly unitId: string,
    readonly personId: string,
    readonly body: EndAppointmentDto,
    readonly context: CommandContext,
  ) {}
}

export class RecordUnitStatisticsCommand {
  constructor(
    readonly unitId: string,
    readonly year: number,
    readonly body: UnitStatisticsDto,
    readonly context: CommandContext,
  ) {}
}
