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

@Global()
@Module({
  imports: [UsersModule],
  providers: [
    {
      provide: TOKEN_RESOLVERS,
      inject: [APP_CONFIG, UserTokenResolver],
      useFactory: (config: AppConfig, users: UserTokenResolver) => [
        new BootstrapTokenResolver(config.bootstrapAdminToken),
        users,
      ],
    },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: AuthorizationGuard },
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
