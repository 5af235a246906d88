import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CoverageQueryDto, ListAgreementsQueryDto } from './agreements.query-dto';
import { CoverageQuery } from './queries/coverage.query';
import { ListAgreementsQuery } from './queries/list-agreements.query';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { ALL } from '../auth/roles';
import { Route } from '../auth/route.decorator';
import { listWithinScope } from '../auth/scoped-reads';
import { query } from '../auth/touches';

@ApiSection(SECTIONS.agreements)
@Controller('agreements')
export class AgreementsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...listWithinScope('responsibleUnitId', ['responsibleUnitId', 'issuerUnitId']),
    summary: 'List agreements',
    answer: 'AgreementPage',
  })
  @Get()
  list(@Query() filter: ListAgreementsQueryDto) {
    return this.queries.execute(new ListAgreementsQuery(filter));
  }

  @Route({
    roles: ALL,
    touches: query('unitId'),
    summary: 'Agreement coverage of the units below a unit (责任书签订覆盖)',
    answer: 'AgreementCoverage',
  })
  @Get('coverage')
  coverage(@Query() query: CoverageQueryDto) {
    return this.queries.execute(new CoverageQuery(query.unitId, Number(query.year)));
  }
}
