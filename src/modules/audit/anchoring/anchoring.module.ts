import { Module } from '@nestjs/common';
import { IntegrityAnchors } from './integrity-anchors';

/** The integrity anchors of this instance (not a context: it serves no route of its own). */
@Module({ providers: [IntegrityAnchors], exports: [IntegrityAnchors] })
export class AnchoringModule {}
