import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { ExposedTokenRevocation } from './exposed-token-revocation';
import { RegisterUserHandler } from './handlers/register-user.handler';
import { ReissueUserTokenHandler } from './handlers/reissue-user-token.handler';
import { RevokeUserHandler } from './handlers/revoke-user.handler';
import { UserTokenResolver } from './user-token.resolver';
import { UserTokenIndex } from './user-tokens';
import { UsersController } from './users.controller';

@Module({
  imports: [UnitsModule],
  controllers: [UsersController],
  providers: [
    RegisterUserHandler,
    RevokeUserHandler,
    ReissueUserTokenHandler,
    UserTokenIndex,
    ExposedTokenRevocation,
    UserTokenResolver,
  ],
  exports: [UserTokenResolver],
})
export class UsersModule {}
