import { IsObject, IsOptional } from 'class-validator';
import { HAZARD_LEVELS, INSPECTION_KINDS } from '../../domain/inspections';
import {
  Flag,
  IsId,
  ListOf,
  Nested,
  OneOf,
  OptionalAmount,
  OptionalId,
  OptionalIdList,
  OptionalText,
  OptionalTime,
  RequiredText,
  RequiredTime,
  TextList,
} from '../shared/validators';
import { DeadlineExtensionDto, RectificationVerificationDto } from '../shared/follow-up.dto';

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((item) => item.code);
const HAZARD_LEVEL_CODES = codes(HAZARD_LEVELS);
const INSPECTION_KIND_CODES = codes(INSPECTION_KINDS);

export class FindingDto {
  @OptionalId() hazardId?: string;
  @OneOf(HAZARD_LEVEL_CODES) level!: string;
  @RequiredText() description!: string;
  @RequiredTime() deadline!: string;
}

export class ConductInspectionDto {
  @OptionalId() id?: string;
  @IsId() inspectedUnitId!: string;
  @IsId() inspectingUnitId!: string;
  @OneOf(INSPECTION_KIND_CODES) kind!: string;
  @RequiredTime() conductedAt!: string;
  @TextList() inspectors!: string[];
  @ListOf(() => FindingDto) findings!: FindingDto[];
}

/** Where a hazard was found: an inspection or a whistleblower report (exactly one). */
export class HazardSourceDto {
  @OptionalId() inspectionId?: string;
  @OptionalId() reportId?: string;
}

export class IdentifyHazardDto {
  @OptionalId() id?: string;
  @IsId() unitId!: string;
  @OneOf(HAZARD_LEVEL_CODES) level!: string;
  @RequiredText() description!: string;
  @RequiredTime() identifiedAt!: string;
  @RequiredTime() deadline!: string;
  @IsOptional() @IsObject() @Nested(() => HazardSourceDto) source?: HazardSourceDto;
  /** Additive: the unit supervising a major hazard (挂牌督办); defaults to the unit's parent. */
  @OptionalId() supervisingUnitId?: string;
}

/**
 * 五落实: each of the five is optional here (types are still checked), so that the domain
 * answers 422 naming every missing one.
 */
export class PlanHazardRectificationDto {
  @OptionalText() measures?: string;
  @OptionalAmount() fundsYuan?: number;
  @OptionalTime() deadline?: string;
  @OptionalText() responsiblePerson?: string;
  @OptionalText() contingencyPlan?: string;
  /** Additive: when the plan was made; defaults to the time of the request. */
  @OptionalTime() plannedAt?: string;
}

export class ExtendHazardDeadlineDto extends DeadlineExtensionDto {}

export class RectifyHazardDto {
  @RequiredTime() rectifiedAt!: string;
  @OptionalText() note?: string;
}

export class VerifyHazardRectificationDto extends RectificationVerificationDto {}

export class ReceiveReportDto {
  @OptionalId() id?: string;
  @IsId() subjectUnitId!: string;
  @RequiredTime() receivedAt!: string;
  @RequiredText() content!: string;
  @Flag() anonymous!: boolean;
}

export class VerifyReportDto {
  @Flag() substantiated!: boolean;
  @RequiredTime() verifiedAt!: string;
  @OptionalIdList() hazardIds?: string[];
  /** Additive: penalties the report led to. */
  @OptionalIdList() penaltyIds?: string[];
  @OptionalAmount() rewardYuan?: number;
}

export class CloseReportDto {
  /** Defaults to the time of the request. */
  @OptionalTime() closedAt?: string;
}
