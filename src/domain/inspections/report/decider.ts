import type { Decider } from '../../shared/decider';
import type { ReportCommand } from './commands';
import { decideClosure, decideReceipt, decideVerification } from './decide';
import type { ReportEvent } from './events';
import type { ReportState } from './state';

export const reportStreamId = (id: string): string => `report-${id}`;

export const reportDecider: Decider<ReportCommand, ReportEvent, ReportState> = {
  initialState: () => null,
  evolve(state, event) {
    if (event.type === 'ReportReceived') {
      return { ...event.data, status: 'received', verification: null, closedAt: null };
    }
    if (!state) return state;
    switch (event.type) {
      case 'ReportVerified':
        return { ...state, status: 'verified', verification: { ...event.data } };
      case 'ReportClosed':
        return { ...state, status: 'closed', closedAt: event.data.closedAt };
    }
  },
  decide(command, state) {
    switch (command.type) {
      case 'ReceiveReport':
        return decideReceipt(command, state);
      case 'VerifyReport':
        return decideVerification(command, state);
      case 'CloseReport':
        return decideClosure(command, state);
    }
  },
};
