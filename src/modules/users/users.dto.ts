import { ROLES } from '../../domain/users';
import { IsId, OneOf, OptionalId, OptionalText, RequiredText } from '../shared/validators';

export class RegisterUserDto {
  @OptionalId() id?: string;
  @RequiredText(200) name!: string;
  @OneOf(ROLES) role!: string;
  @IsId() scopeUnitId!: string;
}

export class RevokeUserDto {
  @OptionalText(2000) reason?: string;
}

export class ReissueUserTokenDto {
  @OptionalText(2000) reason?: string;
}
