import { IsOptional, Matches } from 'class-validator';

/** Every read accepts `?minPosition=N`: wait (up to 5 s) until the read models have applied N. */
export class ReadQueryDto {
  @IsOptional()
  @Matches(/^\d{1,15}$/, { message: 'minPosition must be a non-negative integer' })
  minPosition?: string;
}
