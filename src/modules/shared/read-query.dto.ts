import { IntegerQuery } from './integer-query';

/** Every read accepts `?minPosition=N`: wait (up to 5 s) until the read models have applied N. */
export class ReadQueryDto {
  @IntegerQuery({ min: 0, max: 999_999_999_999_999 }, 'minPosition must be a non-negative integer')
  minPosition?: string;
}
