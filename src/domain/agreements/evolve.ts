import type { AgreementEvent } from './events';
import type { AgreementState } from './state';

export function evolveAgreement(state: AgreementState, event: AgreementEvent): AgreementState {
  if (event.type === 'AgreementSigned') {
    return { ...event.data, status: 'active', amendments: [] };
  }
  if (!state) return state;
  switch (event.type) {
    case 'AgreementAmended': {
      const { reason, amendedAt, controlIndicators, tasks, signatories } = event.data;
      const terms = {
        ...(controlIndicators && { controlIndicators }),
        ...(tasks && { tasks }),
        ...(signatories && { signatories }),
      };
      return {
        ...state,
        ...terms,
        amendments: [...state.amendments, { reason, amendedAt, ...terms }],
      };
    }
    case 'AgreementTerminated':
      return {
        ...state,
        status: 'terminated',
        terminatedAt: event.data.terminatedAt,
        terminationReason: event.data.reason,
      };
  }
}
