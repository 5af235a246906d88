import { type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';

export const IS_PUBLIC = 'auth:public';
/** A route that needs no token (health only). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Whether the route a guard is asked about (its handler or its controller) is `@Public()`. */
export const isPublic = (reflector: Reflector, context: ExecutionContext): boolean =>
  reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]) ===
  true;
