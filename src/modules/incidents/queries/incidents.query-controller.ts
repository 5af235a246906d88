import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { QueryBus } from '@nestjs/cqrs';
import type { EvidenceBundle } from '../../../infrastructure/event-store/integrity/evidence/bundle-format';
import { Ctx, type CommandContext } from '../../shared/command-context';
import { ReadQueryDto } from '../../shared/read-query.dto';
import { utc } from '../../shared/validators';
import { IncidentEvidenceQuery } from './evidence/incident-evidence.query';
import { IncidentChainQuery } from './incident-chain.query';
import {
  IncidentChainQueryDto,
  ListIncidentsQueryDto,
  UnitChainQueryDto,
} from './incidents.query-dto';
import { ListIncidentsQuery } from './list-incidents.query';
import { UnitChainQuery } from './unit-chain.query';
import { ApiSection, SECTIONS } from '../../../infrastructure/http/openapi/sections';
import { ALL } from '../../auth/roles';
import { Route } from '../../auth/route.decorator';
import { readOfUnit } from '../../auth/scoped-reads';
import { param, query } from '../../auth/touches';

@ApiSection(SECTIONS.incidents)
@Controller('incidents')
export class IncidentsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...readOfUnit('unitId'),
    summary: 'List incidents attributed to a unit',
    answer: 'IncidentPage',
  })
  @Get()
  list(@Query() filter: ListIncidentsQueryDto) {
    return this.queries.execute(new ListIncidentsQuery(filter));
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'incident')],
    summary: 'Responsibility chain of an incident at its occurrence (责任链)',
    answer: 'IncidentChain',
  })
  @Get(':id/responsibility-chain')
  chain(@Param('id') id: string, @Query() query: IncidentChainQueryDto) {
    return this.queries.execute(
      new IncidentChainQuery(id, query.asOf ? utc(query.asOf) : undefined),
    );
  }

  @Route({
    roles: ALL,
    touches: [param('id', 'incident')],
    summary:
      "An incident's evidence bundle (证据包): every event its chain and consequences rest on, " +
      'with hashes and the inclusion proofs of an integrity anchor; verify it offline with ' +
      '`safety verify-evidence` (docs/evidence.md)',
    answer: 'EvidenceBundle',
  })
  @Get(':id/evidence')
  async evidence(
    @Param('id') id: string,
    @Query() _read: ReadQueryDto,
    @Ctx() context: CommandContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceBundle> {
    const bundle: EvidenceBundle = await this.queries.execute(
      new IncidentEvidenceQuery(id, context),
    );
    const file = `evidence-incident-${id}.json`.replace(/[^A-Za-z0-9._-]/g, '_');
    response.setHeader('Content-Disposition', `attachment; filename="${file}"`);
    return bundle;
  }
}

@ApiSection(SECTIONS.audit)
@Controller('responsibility-chain')
export class ResponsibilityChainController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    roles: ALL,
    touches: query('unitId'),
    summary: 'Responsibility chain of a unit at a time (安全生产责任链)',
    answer: 'ResponsibilityChain',
  })
  @Get()
  chain(@Query() query: UnitChainQueryDto) {
    const asOf = query.asOf ? utc(query.asOf) : undefined;
    const at = query.at ? utc(query.at) : (asOf ?? new Date().toISOString());
    return this.queries.execute(new UnitChainQuery(query.unitId, at, asOf));
  }
}
