import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import {
  BLACKLIST,
  enforcementProjection,
  type BlacklistDoc,
} from '../../../../projections/enforcement';
import {
  incidentsProjection,
  INCIDENTS,
  type IncidentDoc,
} from '../../../../projections/incidents';
import { blacklistCandidates } from '../../../../projections/queries/blacklist-candidates';
import { UNIT_NODES, type UnitNode } from '../../../../projections/shared/unit-paths';
import { type BlacklistCandidateView, toBlacklistCandidateView } from '../../../domain/enforcement';
import { ReadModels } from '../../../infrastructure/projections/read-models';

export class BlacklistCandidatesQuery {
  constructor(
    /** UTC ISO reading time. */
    readonly at: string,
  ) {}
}

/**
 * Enterprises to propose for the list: the domain's rules over the incidents at enterprises that
 * could meet them (larger or worse, or with a `false`/`concealed` finding); listed ones skipped.
 */
@QueryHandler(BlacklistCandidatesQuery)
export class BlacklistCandidatesHandler implements IQueryHandler<BlacklistCandidatesQuery> {
  constructor(private readonly readModels: ReadModels) {}

  async execute({ at }: BlacklistCandidatesQuery): Promise<BlacklistCandidateView[]> {
    const [graded, misreported] = await Promise.all([
      this.readModels.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
        where: { placeKind: 'enterprise', grade: { $in: ['larger', 'major', 'especially_major'] } },
      }),
      this.readModels.find<IncidentDoc>(incidentsProjection, INCIDENTS, {
        where: { placeKind: 'enterprise', findingKinds: { $in: ['false', 'concealed'] } },
      }),
    ]);
    const incidents = [...new Map([...graded, ...misreported].map((i) => [i._id, i])).values()];
    const enterpriseIds = [...new Set(incidents.map((i) => i.unitId))];
    if (enterpriseIds.length === 0) return [];
    const [listings, nodes] = await Promise.all([
      this.readModels.find<BlacklistDoc>(enforcementProjection, BLACKLIST, {
        where: { _id: { $in: enterpriseIds } },
      }),
      this.readModels.find<UnitNode>(incidentsProjection, UNIT_NODES, {
        where: { _id: { $in: enterpriseIds } },
      }),
    ]);
    const names = new Map(nodes.map((node) => [node._id, node.name]));
    return blacklistCandidates(incidents, listings, at).map((candidate) =>
      toBlacklistCandidateView(
        candidate.enterpriseId,
        names.get(candidate.enterpriseId) ?? null,
        candidate.reasons,
      ),
    );
  }
}
