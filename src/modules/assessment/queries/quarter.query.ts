import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AssessmentReader } from './assessment-reader';
import { asOfOption, type ReadOptions } from './assessment.queries';
import type { QuarterStandings } from './quarter-answer';

/** 季度考评: the league table at a quarter's end, with each unit's change since the previous one. */
export class QuarterStandingsQuery {
  constructor(
    readonly year: number,
    /** 1 to 4 (QuarterPipe). */
    readonly quarter: number,
    readonly filter: ReadOptions & { kind?: string; parentId?: string },
  ) {}
}

@QueryHandler(QuarterStandingsQuery)
export class QuarterStandingsHandler implements IQueryHandler<QuarterStandingsQuery> {
  constructor(private readonly reader: AssessmentReader) {}

  async execute({ year, quarter, filter }: QuarterStandingsQuery): Promise<QuarterStandings> {
    const standings = (await this.reader.quarters(year, asOfOption(filter)))[quarter - 1];
    const ofKind = standings.units.filter((u) => !filter.kind || u.kind === filter.kind);
    if (!filter.parentId) return { ...standings, units: ofKind };
    const parents = await this.reader.parentsOf(ofKind.map((u) => u.unitId));
    return { ...standings, units: ofKind.filter((u) => parents.get(u.unitId) === filter.parentId) };
  }
}
