import { type DynamicModule, Module, type Type } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { EventStoreModule } from './infrastructure/event-store/event-store.module';
import { InstanceModule } from './infrastructure/leases/instance.module';
import { LOGGER } from './infrastructure/logging/logger';
import { ProjectionsModule } from './infrastructure/projections/projections.module';
import { ReadStoreModule } from './infrastructure/read-store/read-store.module';
import { RouteOrderCheck } from './infrastructure/http/route-order';
import { AgreementsModule } from './modules/agreements/agreements.module';
import { InspectionsModule } from './modules/inspections/inspections.module';
import { IncidentsModule } from './modules/incidents/incidents.module';
import { EnforcementModule } from './modules/enforcement/enforcement.module';
import { SupervisionModule } from './modules/supervision/supervision.module';
import { AssessmentModule } from './modules/assessment/assessment.module';
import { UsersModule } from './modules/users/users.module';
import { AuditModule } from './modules/audit/audit.module';
import { InquiriesModule } from './modules/inquiries/inquiries.module';
import { AsOfModule } from './modules/as-of/as-of.module';
import { AuthModule } from './modules/auth/auth.module';
import { HealthModule } from './modules/health/health.module';
import { SharedModule } from './modules/shared/shared.module';
import { UnitsModule } from './modules/units/units.module';

/**
 * One Nest module per context, each with all its controllers (reads and writes): the routes of
 * a path prefix are registered together, in the order the module lists its controllers, so the
 * order of this list does not decide which route answers (RouteOrderCheck refuses to start when
 * a route could never answer).
 */
export const CONTEXT_MODULES: readonly Type[] = [
  HealthModule,
  UnitsModule,
  UsersModule,
  AgreementsModule,
  InspectionsModule,
  IncidentsModule,
  EnforcementModule,
  SupervisionModule,
  AssessmentModule,
  InquiriesModule,
  AuditModule,
];

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    logger: Logger,
    contexts: readonly Type[] = CONTEXT_MODULES,
  ): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        EventStoreModule,
        ReadStoreModule,
        InstanceModule,
        ProjectionsModule,
        SharedModule,
        AsOfModule,
        AuthModule,
        ...contexts,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        RouteOrderCheck,
      ],
      exports: [APP_CONFIG, LOGGER],
    };
  }
}
