import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CoverageQueryDto, ListAgreementsQueryDto } from './agreements.query-dto';
import { CoverageQuery } from './queries/coverage.query';
import { ListAgreementsQuery } from './queries/list-agreements.query';

@Controller('agreements')
export class AgreementsQueryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  list(@Query() filter: ListAgreementsQueryDto) {
    return this.queries.execute(new ListAgreementsQuery(filter));
  }

  @Get('coverage')
  coverage(@Query() query: CoverageQueryDto) {
    return this.queries.execute(new CoverageQuery(query.unitId, Number(query.year)));
  }
}
