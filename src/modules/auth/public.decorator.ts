import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';
/** A route that needs no token (health only). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
