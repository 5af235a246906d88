import { IsObject, IsOptional } from 'class-validator';
import { TASK_METRICS } from '../../domain/agreements';
import { POSTS } from '../../domain/units';
import {
  Amount,
  IsId,
  ListOf,
  Nested,
  OneOf,
  OptionalAmount,
  OptionalCount,
  OptionalId,
  OptionalOneOf,
  OptionalTime,
  RequiredText,
  RequiredTime,
  Year,
} from '../shared/validators';

export class SignatoryDto {
  @IsId() personId!: string;
  @OneOf(POSTS) post!: string;
}

export class AgreementTaskDto {
  @RequiredText(200) code!: string;
  @RequiredText(1_000) title!: string;
  @Amount() weight!: number;
  @OptionalOneOf(TASK_METRICS) metric?: string;
  @OptionalAmount() target?: number;
}

/** The known control indicators only: counts are integers, rates numbers, all ≥ 0. */
export class ControlIndicatorsDto {
  @OptionalCount() maxAccidents?: number;
  @OptionalCount() maxDeaths?: number;
  @OptionalCount() maxLargerAccidents?: number;
  @OptionalAmount() maxDeathsPer100mGdp?: number;
  @OptionalAmount() maxIndustrialDeathsPer100k?: number;
  @OptionalAmount() maxRoadDeathsPer10kVehicles?: number;
  @OptionalAmount() maxCoalDeathsPerMt?: number;
}

export class SignAgreementDto {
  @OptionalId() id?: string;
  @Year() year!: number;
  @IsId() issuerUnitId!: string;
  @IsId() responsibleUnitId!: string;
  @RequiredTime() signedAt!: string;
  @ListOf(() => SignatoryDto) signatories!: SignatoryDto[];
  @IsOptional()
  @IsObject()
  @Nested(() => ControlIndicatorsDto)
  controlIndicators?: ControlIndicatorsDto;
  @ListOf(() => AgreementTaskDto) tasks!: AgreementTaskDto[];
}

export class AmendAgreementDto {
  @RequiredText() reason!: string;
  @IsOptional()
  @IsObject()
  @Nested(() => ControlIndicatorsDto)
  controlIndicators?: ControlIndicatorsDto;
  @IsOptional() @ListOf(() => AgreementTaskDto) tasks?: AgreementTaskDto[];
  @IsOptional() @ListOf(() => SignatoryDto) signatories?: SignatoryDto[];
  /** Additive: when the amendment was agreed; defaults to the time of the request. */
  @OptionalTime() amendedAt?: string;
}

export class TerminateAgreementDto {
  @RequiredText() reason!: string;
  @RequiredTime() terminatedAt!: string;
}
