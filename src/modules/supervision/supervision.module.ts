import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import {
  CloseSupervisionOrderHandler,
  ReplyToSupervisionOrderHandler,
} from './handlers/order-follow-up.handlers';
import { IssueSupervisionOrderHandler } from './handlers/issue-supervision-order.handler';
import { LaunchPatrolHandler } from './handlers/launch-patrol.handler';
import {
  ExtendProblemDeadlineHandler,
  RectifyProblemHandler,
  VerifyProblemHandler,
} from './handlers/problem-follow-up.handlers';
import { RaiseProblemHandler } from './handlers/raise-problem.handler';
import { PatrolsController } from './patrols.controller';
import { ProblemsController } from './problems.controller';
import {
  ListOrdersHandler,
  ListPatrolsHandler,
  ListProblemsHandler,
  ProblemLedgerHandler,
} from './queries/supervision.queries';
import { SupervisionOrdersController } from './supervision-orders.controller';
import { SupervisionQueryController } from './supervision.query-controller';
import { SupervisionRecords } from './supervision-records';

/** The office's own levers: patrols and their problems, supervision orders (巡查、督查、督办). */
@Module({
  imports: [UnitsModule],
  controllers: [
    SupervisionQueryController,
    PatrolsController,
    ProblemsController,
    SupervisionOrdersController,
  ],
  providers: [
    SupervisionRecords,
    LaunchPatrolHandler,
    RaiseProblemHandler,
    RectifyProblemHandler,
    VerifyProblemHandler,
    ExtendProblemDeadlineHandler,
    IssueSupervisionOrderHandler,
    ReplyToSupervisionOrderHandler,
    CloseSupervisionOrderHandler,
    ListPatrolsHandler,
    ListProblemsHandler,
    ProblemLedgerHandler,
    ListOrdersHandler,
  ],
})
export class SupervisionModule {}
