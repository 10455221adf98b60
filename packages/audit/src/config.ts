// The configuration, ignore file and baselines an audit reads, loaded before anything is scanned.
import { ConfigurationError } from '@mcp-secrets/ports';
import {
  compileConfig,
  defaultConfig,
  DetectSecretsBaseline,
  GitleaksIgnore,
  loadConfig,
  readDetectSecretsBaseline,
  readGitleaksIgnore,
  type CompiledConfig,
  type ConfigSpec,
} from '@mcp-secrets/scanner';
import { resolve } from 'node:path';
import type { AuditInputName, AuditOptions, InputFile } from './options';
import { readReportBaseline, type GitleaksReportBaseline } from './report-baseline';

export interface AuditInputs {
  config: CompiledConfig;
  /** Where the rules came from, for the log and the summary. */
  configSource: string;
  ignore?: GitleaksIgnore;
  baseline?: DetectSecretsBaseline;
  /** The gitleaks report of `baseline-path`, whose findings are not reported again. */
  reportBaseline?: GitleaksReportBaseline;
}

/** How the summary, the log and the terminal name the rules in use. */
export function configSourceOf(options: Pick<AuditOptions, 'config' | 'configToml'>): string {
  if (options.config !== undefined) return options.config.display;
  return options.configToml !== undefined ? 'GITLEAKS_CONFIG_TOML' : 'built-in rules';
}

export function loadAuditInputs(options: AuditOptions): AuditInputs {
  const { ignoreFile } = options;
  // Every file is read bounded (regular, size-capped, inside the workspace when it is repository content).
  const ignore = ignoreFile && namingInput('ignore-file', () => present(readGitleaksIgnore(ignoreFile.file, ignoreFile), ignoreFile));
  return { config: loadRules(options), configSource: configSourceOf(options), ignore, ...loadBaselines(options) };
}

/** The configuration in use, compiled; its errors name the input or variable that chose it. */
export function loadRules(options: AuditOptions): CompiledConfig {
  const spec = loadRuleSpec(options);
  return spec === undefined ? defaultConfig() : namingConfig(options, () => compileConfig(spec));
}

/** The configuration's spec (undefined: the built-in rules), read and checked but not compiled. */
export function loadRuleSpec(options: AuditOptions): ConfigSpec | undefined {
  const { config, configToml } = options;
  if (config !== undefined) return namingConfig(options, () => loadConfig({ path: config.file, root: config.root }));
  if (configToml === undefined) return undefined;
  // The variable's text is the user's own, like a file they name: its [extend] paths are relative to the workspace.
  return namingConfig(options, () => loadConfig({ text: configToml, resolveExtendPath: (path) => resolve(options.workspace, path) }));
}

/** The detect-secrets baseline and the gitleaks report baseline, which both engines apply (gitleaks cannot read the first). */
export function loadBaselines(options: AuditOptions): Pick<AuditInputs, 'baseline' | 'reportBaseline'> {
  const { baseline, reportBaseline } = options;
  return {
    baseline: baseline && namingInput('baseline', () => present(readDetectSecretsBaseline(baseline.file, baseline), baseline)),
    reportBaseline: reportBaseline && namingInput('baseline-path', () => readReportBaseline(reportBaseline, options.redactPercent)),
  };
}

/** The file was there when the inputs were read: gone now is an error, not "no suppressions". */
function present<T extends GitleaksIgnore | DetectSecretsBaseline>(loaded: T | undefined, input: InputFile): T {
  if (loaded === undefined) throw new ConfigurationError('does not exist (any more)', { file: input.display });
  return loaded;
}

/** A configuration error names what chose the configuration: the input, or the environment variable. */
function namingConfig<T>(options: Pick<AuditOptions, 'config' | 'configToml'>, load: () => T): T {
  const origin = options.config?.origin ?? 'GITLEAKS_CONFIG_TOML';
  if (origin === 'input' || origin === 'default') return namingInput('config', load);
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    const file = origin === 'GITLEAKS_CONFIG_TOML' ? 'GITLEAKS_CONFIG_TOML' : error.file;
    const place = placeOf(error);
    const message = place !== '' && error.message.startsWith(place) ? error.message.slice(place.length) : error.message;
    throw new ConfigurationError(`${message} (the configuration ${origin} chose)`, { file, line: error.line });
  }
}

/** The engine's ConfigurationError names the file and line; this adds which input led there. */
function namingInput<T>(input: AuditInputName, load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ConfigurationError) || error.input !== undefined) throw error;
    return rethrowWithInput(error, input);
  }
}

function placeOf(error: ConfigurationError): string {
  return error.file === undefined ? '' : `${error.line !== undefined ? `${error.file}:${error.line}` : error.file}: `;
}

function rethrowWithInput(error: ConfigurationError, input: AuditInputName): never {
  const place = placeOf(error);
  const hint = error.hint === undefined ? '' : ` (${error.hint})`;
  let message = error.message;
  if (place !== '' && message.startsWith(place)) message = message.slice(place.length);
  if (hint !== '' && message.endsWith(hint)) message = message.slice(0, -hint.length);
  throw new ConfigurationError(message, { input, file: error.file, line: error.line, hint: error.hint });
}
