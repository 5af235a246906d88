import type { Decider } from '../shared/decider';
import type { UnitCommand } from './commands';
import { decideAppointment, decideAppointmentEnd } from './decide-appointments';
import { decideRegistration } from './decide-registration';
import { decideStatistics } from './decide-statistics';
import type { UnitEvent } from './events';
import { evolveUnit } from './evolve';
import type { UnitState } from './state';

export const unitStreamId = (id: string): string => `unit-${id}`;

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: () => null,
  evolve: evolveUnit,
  decide(command, state) {
    switch (command.type) {
      case 'RegisterUnit':
        return decideRegistration(command, state);
      case 'AppointPerson':
        return decideAppointment(command, state);
      case 'EndAppointment':
        return decideAppointmentEnd(command, state);
      case 'RecordUnitStatistics':
        return decideStatistics(command, state);
    }
  },
};
