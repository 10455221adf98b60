export { SYNC_INPUT_NAMES, readSyncOptions } from './options';
export type { SyncOptions, SyncInputName } from './options';
export { planProvider } from './provider';
export type { ProviderPlan } from './provider';
export { runSync } from './sync';
export type { SyncDeps, SyncResult } from './sync';
export { runSyncPost } from './post';
export type { PostResult } from './post';
