// @mcp-secrets/gitleaks-engine: `engine: gitleaks`, the real gitleaks binary as an alternative to
// the built-in scanner. Installs a checksum-verified release (tool cache, Actions cache, GitHub)
// and turns its JSON report into the scanner's findings.
//
// Like packages/artifacts, this package may use @actions/* (tool-cache, cache): they are imported
// lazily in actions-ports.ts, so bundles that never pick this engine never execute them.
export { DEFAULT_GITLEAKS_VERSION, GITLEAKS_RELEASES_URL, MINIMUM_GITLEAKS_VERSION, gitleaksRelease } from './internal/release';
export type { GitleaksRelease } from './internal/release';
export { ChecksumMismatchError, expectedChecksum, sha256OfFile } from './internal/checksums';
export type { ActionsCachePort, FetchPort, InstallPorts, ToolCachePort } from './internal/ports';
export { GITLEAKS_TOOL, cacheKey, installGitleaks } from './internal/install';
export type { InstallGitleaksOptions, InstalledGitleaks, InstallSource } from './internal/install';
export { actionsCacheAvailable, actionsInstallPorts } from './internal/actions-ports';
export { GitleaksRunError, gitleaksCommand, runGitleaks } from './internal/run';
export type { GitleaksRunResult, RunGitleaksOptions } from './internal/run';
export { parseGitleaksReport, trueColumns } from './internal/report';
export type { GitleaksScanMode } from './internal/report';
