import { ACCOUNTABILITY_FORMS, PENALTY_KINDS, PENALTY_PHASES } from '../../domain/enforcement';
import {
  IsId,
  OneOf,
  OptionalAmount,
  OptionalId,
  OptionalTime,
  RequiredText,
  RequiredTime,
} from '../shared/validators';

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((item) => item.code);

export class DecidePenaltyDto {
  @OptionalId() id?: string;
  @IsId() enterpriseId!: string;
  @IsId() enforcingUnitId!: string;
  @OneOf(codes(PENALTY_KINDS)) kind!: string;
  @OptionalAmount() amountYuan?: number;
  @RequiredText() caseNo!: string;
  @RequiredText() basis!: string;
  @RequiredTime() decidedAt!: string;
  @OneOf(codes(PENALTY_PHASES)) phase!: string;
}

export class RevokePenaltyDto {
  @RequiredText() reason!: string;
  @RequiredTime() revokedAt!: string;
}

export class DecideAccountabilityActionDto {
  @OptionalId() id?: string;
  @OptionalId() targetPersonId?: string;
  @IsId() targetUnitId!: string;
  @OneOf(codes(ACCOUNTABILITY_FORMS)) form!: string;
  @IsId() decidingUnitId!: string;
  @RequiredTime() decidedAt!: string;
  @RequiredText() reason!: string;
  @OptionalId() incidentId?: string;
}

export class BlacklistEnterpriseDto {
  @IsId() enterpriseId!: string;
  @RequiredText() reason!: string;
  @RequiredTime() listedAt!: string;
  @OptionalTime() until?: string;
}

export class RemoveFromBlacklistDto {
  @RequiredTime() removedAt!: string;
  @RequiredText() reason!: string;
}
