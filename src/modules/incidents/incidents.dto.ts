import { INDUSTRIES } from '../../domain/units';
import { CONCLUDED_NATURES, CORRECTABLE_FIELDS, MISREPORTING_KINDS } from '../../domain/incidents';
import {
  Amount,
  Count,
  IsId,
  ListOf,
  OneOf,
  OptionalId,
  OptionalIdList,
  OptionalOneOf,
  OptionalTime,
  RequiredText,
  RequiredTime,
  TextList,
} from '../shared/validators';

const MISREPORTING_KIND_CODES = MISREPORTING_KINDS.map((k) => k.code);

export class ReportIncidentDto {
  @OptionalId() id?: string;
  @IsId() unitId!: string;
  @OneOf(INDUSTRIES) industry!: string;
  @RequiredTime() occurredAt!: string;
  /** When the unit's head learnt of it; defaults to occurredAt. */
  @OptionalTime() headInformedAt?: string;
  @RequiredTime() reportedAt!: string;
  @Count() deaths!: number;
  @Count() seriousInjuries!: number;
  @Amount() directLossYuan!: number;
  @RequiredText() description!: string;
}

export class ReviseCasualtiesDto {
  @Count() deaths!: number;
  @Count() seriousInjuries!: number;
  @Amount() directLossYuan!: number;
  @RequiredTime() revisedAt!: string;
}

export class MisreportingFindingDto {
  @OneOf(MISREPORTING_KIND_CODES) kind!: string;
  @RequiredTime() establishedAt!: string;
  @RequiredText() detail!: string;
  /** Default: the incident's place. */
  @OptionalIdList() responsibleUnitIds?: string[];
  @OptionalIdList() responsiblePersonIds?: string[];
}

export class RelayDto {
  @IsId() unitId!: string;
  @RequiredTime() receivedAt!: string;
  @RequiredTime() forwardedAt!: string;
}

export class OpenInvestigationDto {
  @RequiredTime() openedAt!: string;
}

export class ExtendInvestigationDto {
  @RequiredTime() until!: string;
  @RequiredText() reason!: string;
  /** Additive: when the extension was granted; defaults to the time of the request. */
  @OptionalTime() extendedAt?: string;
}

export class LiablePartyDto {
  @OptionalId() personId?: string;
  @OptionalId() unitId?: string;
  @RequiredText() role!: string;
  @RequiredText() finding!: string;
}

export class ConcludeInvestigationDto {
  @RequiredTime() concludedAt!: string;
  @RequiredText() cause!: string;
  @ListOf(() => LiablePartyDto) liable!: LiablePartyDto[];
  @TextList() measures!: string[];
  /** 事故性质; default liability. */
  @OptionalOneOf(CONCLUDED_NATURES) nature?: string;
}

export class CorrectIncidentDto {
  @OneOf(CORRECTABLE_FIELDS) field!: string;
  @RequiredText() to!: string;
  @RequiredText() reason!: string;
  @OptionalTime() correctedAt?: string;
}

export class ApproveCorrectionDto {
  @RequiredTime() approvedAt!: string;
}

export class RejectCorrectionDto {
  @RequiredText() reason!: string;
  @OptionalTime() rejectedAt?: string;
}
