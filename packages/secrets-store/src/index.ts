export { VERSION_KEY, bundleFromObject, bundleFromVaultData } from './bundle';
export type { Bundle } from './bundle';
export { applyKeyPolicy, isReservedName } from './key-policy';
export type { KeyPolicy, PolicyResult } from './key-policy';
export { compareVersions } from './version';
export { formatConsoleSecrets, formatDotenv } from './files';
export type { DotenvResult, Provider } from './files';
