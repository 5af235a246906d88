/**
 * class-transformer keeps its `@Type(() => X)` metadata in a singleton that its package index does
 * not export; its types live apart from its CommonJS build, so this names the runtime path.
 */
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
