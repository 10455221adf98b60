import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';
import { writeFileAtomic } from '@mcp-secrets/fs-safe';
import {
  formatConsoleSecrets,
  formatDotenv,
  planExports,
  showKeyNames,
  type Bundle,
  type Provider,
  type RefusedExport,
} from '@mcp-secrets/secrets-store';
import { claimFileLocations } from './file-locations';
import type { SyncOptions } from './options';
import { loadBundle, type BundleDeps } from './load-bundle';
import { STATE } from './state';
import { syncSummary } from './summary';
import type { SyncResult } from './sync-result';

export type { SyncResult } from './sync-result';


export interface SyncDeps extends BundleDeps {
  now?: () => Date;
}

/**
 * The whole sync: mask credentials, choose the provider, fetch, mask every
 * value, apply the key policy, export, write the files, set outputs. Nothing is
 * logged about a value; keys are named, values never.
 */
export async function runSync(ports: ActionPorts, options: SyncOptions, deps: SyncDeps = {}): Promise<SyncResult> {
  const loaded = await loadBundle(ports, options, deps);
  if (loaded.provider === 'none') {
    if (options.required) throw new ConfigurationError(`no secrets provider is configured: ${loaded.reason}`, { input: 'required' });
    ports.log.notice(`Secrets sync skipped: ${loaded.reason}.`, { title: 'sync' });
    const result = emptyResult();
    setOutputs(ports, result);
    await ports.appendSummary(syncSummary(result, [], loaded.reason));
    return result;
  }

  const { bundle, dropped, provider, source } = loaded;
  if (dropped.length > 0) ports.log.info(`Not selected by 'keys', dropped: ${showKeyNames(dropped)}`);
  const result = deliver(ports, options, bundle, provider, source, deps.now?.() ?? new Date());
  result.dropped = dropped;
  ports.log.info(`Synced ${result.keys.length} secrets from ${provider} (${source}): ${result.keys.join(', ')}`);
  setOutputs(ports, result);
  await ports.appendSummary(syncSummary(result, loaded.details));
  return result;
}

function deliver(ports: ActionPorts, options: SyncOptions, bundle: Bundle, provider: Provider, source: string, now: Date): SyncResult {
  const result: SyncResult = { ...emptyResult(), provider, version: bundle.version ?? '', keys: Object.keys(bundle.entries) };
  // Both places are checked before either file is written.
  const planned = claimFileLocations(options);
  // The post step removes whatever is listed here, so record the paths before writing.
  if (planned.length > 0) ports.saveState(STATE.files, JSON.stringify(planned));

  if (options.envFile !== undefined) {
    const dotenv = formatDotenv(bundle);
    writeFileAtomic(options.envFile, dotenv.text, { mode: 0o600, privateDir: true });
    result.envFile = options.envFile;
    result.notInEnvFile = dotenv.skipped;
    if (dotenv.skipped.length > 0) {
      ports.log.warning(
        `Left out of ${options.envFile} (values mixing ' with $, \`, \\ or " cannot be quoted for both bash and dotenv): ${dotenv.skipped.join(', ')}`,
      );
    }
  }
  if (options.consoleSecretsFile !== undefined) {
    writeFileAtomic(options.consoleSecretsFile, formatConsoleSecrets(bundle, { provider, source, generatedAt: now }), { mode: 0o600, privateDir: true });
    result.consoleSecretsFile = options.consoleSecretsFile;
  }
  if (options.exportEnv) {
    const { exported, refused } = planExports(bundle, options.allowEnvNames);
    for (const [key, value] of exported) ports.exportVariable(key, value);
    result.notExported = refused;
    if (refused.length > 0) ports.log.warning(notExportedWarning(refused, planned));
  }
  return result;
}

/** Names and reasons, never values; where the values are instead, and how to export one anyway. */
function notExportedWarning(refused: RefusedExport[], files: string[]): string {
  const where = files.length > 0 ? `they are in ${files.join(' and ')} only` : 'no file was written either';
  const list = refused.map(({ key, reason }) => `${key} (${reason})`).join('; ');
  return `Not exported to later steps, ${where}: ${list}. To export one anyway, list its name in allow-env-names.`;
}

function setOutputs(ports: ActionPorts, result: SyncResult): void {
  ports.setOutput('provider', result.provider);
  ports.setOutput('version', result.version);
  ports.setOutput('count', String(result.keys.length));
  ports.setOutput('keys', result.keys.join(','));
  ports.setOutput('env-file', result.envFile ?? '');
  ports.setOutput('console-secrets-file', result.consoleSecretsFile ?? '');
}

function emptyResult(): SyncResult {
  return { provider: 'none', version: '', keys: [], dropped: [], notInEnvFile: [], notExported: [] };
}
