import { Module } from '@nestjs/common';
import { UnitsModule } from '../units/units.module';
import { RegisterUserHandler } from './handlers/register-user.handler';
import { RevokeUserHandler } from './handlers/revoke-user.handler';
import { UserTokenResolver } from './user-token.resolver';
import { UsersController } from './users.controller';

@Module({
  imports: [UnitsModule],
  controllers: [UsersController],
  providers: [RegisterUserHandler, RevokeUserHandler, UserTokenResolver],
  exports: [UserTokenResolver],
})
export class UsersModule {}
