// The configuration, ignore file and baseline an audit reads, loaded before anything is scanned.
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
} from '@mcp-secrets/scanner';
import type { AuditInputName, AuditOptions, InputFile } from './options';

export interface AuditInputs {
  config: CompiledConfig;
  /** Where the rules came from, for the log and the summary. */
  configSource: string;
  ignore?: GitleaksIgnore;
  baseline?: DetectSecretsBaseline;
}

export function loadAuditInputs(options: AuditOptions): AuditInputs {
  const { config: configFile, ignoreFile } = options;
  // Every file is read bounded (regular, size-capped, inside the workspace when it is repository content).
  const config = configFile === undefined ? defaultConfig() : namingInput('config', () => compileConfig(loadConfig({ path: configFile.file, root: configFile.root })));
  const ignore = ignoreFile && namingInput('ignore-file', () => present(readGitleaksIgnore(ignoreFile.file, ignoreFile), ignoreFile));
  return { config, configSource: configFile?.display ?? 'built-in rules', ignore, baseline: loadBaseline(options) };
}

/** The detect-secrets baseline, which both engines apply (gitleaks cannot read it). */
export function loadBaseline(options: AuditOptions): DetectSecretsBaseline | undefined {
  const { baseline } = options;
  return baseline && namingInput('baseline', () => present(readDetectSecretsBaseline(baseline.file, baseline), baseline));
}

/** The file was there when the inputs were read: gone now is an error, not "no suppressions". */
function present<T extends GitleaksIgnore | DetectSecretsBaseline>(loaded: T | undefined, input: InputFile): T {
  if (loaded === undefined) throw new ConfigurationError('does not exist (any more)', { file: input.display });
  return loaded;
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

function rethrowWithInput(error: ConfigurationError, input: AuditInputName): never {
  const place = error.file === undefined ? '' : `${error.line !== undefined ? `${error.file}:${error.line}` : error.file}: `;
  const hint = error.hint === undefined ? '' : ` (${error.hint})`;
  let message = error.message;
  if (place !== '' && message.startsWith(place)) message = message.slice(place.length);
  if (hint !== '' && message.endsWith(hint)) message = message.slice(0, -hint.length);
  throw new ConfigurationError(message, { input, file: error.file, line: error.line, hint: error.hint });
}
