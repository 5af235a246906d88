import { WithinUnitPagedQueryDto } from '../shared/units-within';
import { OptionalText, OptionalTime } from '../shared/validators';

/** `withinUnitId`: events of streams concerning that unit or a unit below it. */
export class AuditEventsQueryDto extends WithinUnitPagedQueryDto {
  @OptionalText(200) actorId?: string;
  @OptionalText(200) type?: string;
  @OptionalText(200) streamId?: string;
  /** Recorded at or after this time. */
  @OptionalTime() from?: string;
  /** Recorded at or before this time. */
  @OptionalTime() to?: string;
}
