import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiSection, SECTIONS } from '../../infrastructure/http/openapi/sections';
import { Route } from '../auth/route.decorator';
import { readOfUnit } from '../auth/scoped-reads';
import { EscalationsQueryDto } from './assessment.query-dto';
import { EscalationsQuery } from './queries/escalations.query';

@ApiSection(SECTIONS.supervision)
@Controller()
export class EscalationsController {
  constructor(private readonly queries: QueryBus) {}

  @Route({
    ...readOfUnit('unitId'),
    summary:
      'Escalation candidates (升级问责建议): units to interview (约谈) or circulate (通报), with the overdue items behind each',
    answer: 'Escalations',
  })
  @Get('escalations')
  escalations(@Query() filter: EscalationsQueryDto) {
    return this.queries.execute(new EscalationsQuery(filter, new Date()));
  }
}
