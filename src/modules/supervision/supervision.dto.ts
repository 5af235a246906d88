import { IsObject } from 'class-validator';
import { DUTY_AREAS, ORDER_SUBJECT_KINDS, PATROL_KINDS } from '../../domain/supervision';
import {
  IdList,
  IsId,
  Nested,
  OneOf,
  OptionalId,
  OptionalText,
  RequiredText,
  RequiredTime,
  TextList,
} from '../shared/validators';
import { DeadlineExtensionDto, RectificationVerificationDto } from '../shared/follow-up.dto';

const codes = (list: ReadonlyArray<{ code: string }>): string[] => list.map((item) => item.code);

/** 巡查 (`patrol`) or 督查 (`supervision`). */
export class LaunchPatrolDto {
  @OptionalId() id?: string;
  @OneOf(codes(PATROL_KINDS)) kind!: string;
  @IsId() leadUnitId!: string;
  /** The team's names (组长 first, if you like). */
  @TextList(1) team!: string[];
  @IdList() targetUnitIds!: string[];
  @RequiredTime() from!: string;
  @RequiredTime() to!: string;
}

export class RaiseProblemDto {
  @OptionalId() id?: string;
  /** One of the patrol's target units. */
  @IsId() targetUnitId!: string;
  @OneOf(codes(DUTY_AREAS)) duty!: string;
  @RequiredText() description!: string;
  @RequiredTime() raisedAt!: string;
  @RequiredTime() deadline!: string;
}

export class RectifyProblemDto {
  @RequiredTime() rectifiedAt!: string;
  @RequiredText() evidence!: string;
}

export class VerifyProblemDto extends RectificationVerificationDto {}

export class ExtendProblemDeadlineDto extends DeadlineExtensionDto {}

export class OrderSubjectDto {
  @OneOf(ORDER_SUBJECT_KINDS) kind!: string;
  @IsId() id!: string;
}

/** 督办函: to a unit below the issuer, about a hazard, a problem or an incident that exists. */
export class IssueSupervisionOrderDto {
  @OptionalId() id?: string;
  @IsId() issuerUnitId!: string;
  @IsId() targetUnitId!: string;
  @IsObject() @Nested(() => OrderSubjectDto) subject!: OrderSubjectDto;
  @RequiredText() requirement!: string;
  @RequiredTime() issuedAt!: string;
  @RequiredTime() deadline!: string;
}

export class ReplyToSupervisionOrderDto {
  @RequiredTime() repliedAt!: string;
  @RequiredText() content!: string;
}

export class CloseSupervisionOrderDto {
  @RequiredTime() closedAt!: string;
  @OptionalText() note?: string;
}
