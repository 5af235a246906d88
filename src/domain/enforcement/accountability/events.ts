import type { DomainEvent } from '../../shared/decider';
import type { AccountabilityForm } from './forms';

export type AccountabilityActionDecided = DomainEvent<
  'AccountabilityActionDecided',
  {
    id: string;
    targetPersonId?: string;
    targetUnitId: string;
    form: AccountabilityForm;
    decidingUnitId: string;
    decidedAt: string;
    reason: string;
    incidentId?: string;
  }
>;

export type AccountabilityEvent = AccountabilityActionDecided;
