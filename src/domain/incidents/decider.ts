import type { Decider } from '../shared/decider';
import type { IncidentCommand } from './commands';
import { decideFinding } from './decide-finding';
import { decideApproval, decideProposal, decideRejection } from './decide-four-eyes';
import { decideConclusion, decideExtension, decideOpening } from './decide-investigation';
import { decideRelay } from './decide-relay';
import { decideReport } from './decide-report';
import { decideRevision } from './decide-revision';
import type { IncidentEvent } from './events';
import { evolveIncident } from './evolve';
import type { IncidentState } from './state';

export const incidentStreamId = (id: string): string => `incident-${id}`;

export const incidentDecider: Decider<IncidentCommand, IncidentEvent, IncidentState> = {
  initialState: () => null,
  evolve: evolveIncident,
  decide(command, state) {
    switch (command.type) {
      case 'ReportIncident':
        return decideReport(command, state);
      case 'ReviseCasualties':
        return decideRevision(command, state);
      case 'EstablishMisreportingFinding':
        return decideFinding(command, state);
      case 'OpenInvestigation':
        return decideOpening(command, state);
      case 'ExtendInvestigation':
        return decideExtension(command, state);
      case 'ConcludeInvestigation':
        return decideConclusion(command, state);
      case 'RecordRelay':
        return decideRelay(command, state);
      case 'ProposeIncidentCorrection':
        return decideProposal(command, state);
      case 'ApproveIncidentCorrection':
        return decideApproval(command, state);
      case 'RejectIncidentCorrection':
        return decideRejection(command, state);
    }
  },
};
