// What installing gitleaks needs from the outside world; the runner's implementations are in
// actions-ports.ts, tests pass fakes.

/** The subset of @actions/tool-cache the install uses. */
export interface ToolCachePort {
  /** The cached tool's folder, or '' when this version is not cached. */
  find(tool: string, version: string, arch: string): string;
  /** Downloads to a fresh temporary file and returns its path. */
  downloadTool(url: string): Promise<string>;
  /** Extracts into a fresh temporary folder and returns its path. */
  extractTar(archive: string): Promise<string>;
  /** Copies `dir` into the tool cache and returns the cached folder. */
  cacheDir(dir: string, tool: string, version: string, arch: string): Promise<string>;
}

/** The Actions cache (shared across runs of the repository), when the runner offers it. */
export interface ActionsCachePort {
  /** true when `key` was found and `paths` were restored. */
  restore(paths: string[], key: string): Promise<boolean>;
  save(paths: string[], key: string): Promise<void>;
}

export interface FetchPort {
  /** A small text resource (the checksums file). */
  text(url: string): Promise<string>;
}

export interface InstallPorts {
  toolCache: ToolCachePort;
  /** Absent off the runner or when the cache service is not configured. */
  cache?: ActionsCachePort;
  fetch: FetchPort;
}
