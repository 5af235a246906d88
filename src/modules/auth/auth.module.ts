import { Global, Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuthorizationGuard } from './authorization.guard';
import { ScopeFilterInterceptor } from './scope-filter.interceptor';
import { PersonUnits } from './person-units';
import { ScopeService } from './scope.service';
import { FailedAuthLimiter } from './failed-auth-limiter';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthGuard } from './auth.guard';
import { BootstrapTokenResolver } from './bootstrap-token.resolver';
import { TOKEN_RESOLVERS } from './token-resolver';
import { UsersModule } from '../users/users.module';
import { UserTokenResolver } from '../users/user-token.resolver';
import { userStreamId } from '../../domain/users';
import { AggregateExecutor } from '../shared/aggregate-executor';
import { CachedTokenResolver } from './token-cache';
import { CsvInterceptor } from '../shared/csv.interceptor';

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    {
      provide: CachedTokenResolver,
      inject: [APP_CONFIG, UserTokenResolver, AggregateExecutor],
      useFactory: (config: AppConfig, users: UserTokenResolver, aggregates: AggregateExecutor) => {
        const cached = new CachedTokenResolver(users, config.tokenResolutionTtlMs);
        // A user revoked, or its token revoked or replaced, here: its tokens are read again at once.
        aggregates.onWrite((streamId) => {
          if (!streamId.startsWith(userStreamId(''))) return;
          cached.forget((actor) => actor.kind === 'user' && userStreamId(actor.id) === streamId);
        });
        return cached;
      },
    },
    {
      provide: TOKEN_RESOLVERS,
      inject: [APP_CONFIG, CachedTokenResolver],
      useFactory: (config: AppConfig, users: CachedTokenResolver) => [
        new BootstrapTokenResolver(config.bootstrapAdminToken),
        users,
      ],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
    // Before the scope filter, so that a list's CSV holds only the items the filter keeps.
    { provide: APP_INTERCEPTOR, useClass: CsvInterceptor },
    { provide: APP_INTERCEPTOR, useClass: ScopeFilterInterceptor },
    ScopeService,
    PersonUnits,
    {
      provide: FailedAuthLimiter,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new FailedAuthLimiter(config.maxFailedAuthPerMinute),
    },
  ],
  exports: [TOKEN_RESOLVERS, ScopeService],
})
export class AuthModule {}
