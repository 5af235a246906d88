import { PagedQueryDto } from '../shared/paging';
import { OptionalText, OptionalTime } from '../shared/validators';

export class AuditEventsQueryDto extends PagedQueryDto {
  @OptionalText(200) actorId?: string;
  @OptionalText(200) type?: string;
  @OptionalText(200) streamId?: string;
  /** Recorded at or after this time. */
  @OptionalTime() from?: string;
  /** Recorded at or before this time. */
  @OptionalTime() to?: string;
}
