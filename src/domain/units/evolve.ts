import type { UnitEvent } from './events';
import type { UnitState } from './state';

export function evolveUnit(state: UnitState, event: UnitEvent): UnitState {
  if (event.type === 'UnitRegistered') return { ...event.data, appointments: [], statistics: {} };
  if (!state) return state;
  switch (event.type) {
    case 'PersonAppointed': {
      const { unitId: _unitId, ...appointment } = event.data;
      return { ...state, appointments: [...state.appointments, appointment] };
    }
    case 'AppointmentEnded': {
      const { personId, post, from, to } = event.data;
      const appointments = state.appointments.map((a) =>
        a.personId === personId && a.post === post && a.from === from && a.to === undefined
          ? { ...a, to }
          : a,
      );
      return { ...state, appointments };
    }
    case 'UnitStatisticsRecorded': {
      const { unitId: _unitId, year, ...statistics } = event.data;
      return { ...state, statistics: { ...state.statistics, [year]: statistics } };
    }
  }
}
