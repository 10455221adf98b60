// The configuration, ignore file and baseline an audit reads, loaded before anything is scanned.
import { readFileSync } from 'node:fs';
import { ConfigurationError } from '@mcp-secrets/ports';
import { compileConfig, defaultConfig, DetectSecretsBaseline, GitleaksIgnore, loadConfig, type CompiledConfig } from '@mcp-secrets/scanner';
import type { AuditInputName, AuditOptions, InputFile } from './options';

export interface AuditInputs {
  config: CompiledConfig;
  /** Where the rules came from, for the log and the summary. */
  configSource: string;
  ignore?: GitleaksIgnore;
  baseline?: DetectSecretsBaseline;
}

export function loadAuditInputs(options: AuditOptions): AuditInputs {
  const config = options.config === undefined ? defaultConfig() : namingInput('config', () => compileConfig(loadConfig({ path: options.config?.file })));
  const ignore = options.ignoreFile && namingInput('ignore-file', () => GitleaksIgnore.parse(readText(options.ignoreFile as InputFile, 'ignore-file')));
  return { config, configSource: options.config?.display ?? 'built-in rules', ignore, baseline: loadBaseline(options) };
}

/** The detect-secrets baseline, which both engines apply (gitleaks cannot read it). */
export function loadBaseline(options: AuditOptions): DetectSecretsBaseline | undefined {
  return options.baseline && namingInput('baseline', () => DetectSecretsBaseline.parse(readText(options.baseline as InputFile, 'baseline'), options.baseline?.display));
}

function readText(input: InputFile, name: AuditInputName): string {
  try {
    return readFileSync(input.file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`cannot read it: ${(error as Error).message}`, { input: name, file: input.display });
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

function rethrowWithInput(error: ConfigurationError, input: AuditInputName): never {
  const place = error.file === undefined ? '' : `${error.line !== undefined ? `${error.file}:${error.line}` : error.file}: `;
  const hint = error.hint === undefined ? '' : ` (${error.hint})`;
  let message = error.message;
  if (place !== '' && message.startsWith(place)) message = message.slice(place.length);
  if (hint !== '' && message.endsWith(hint)) message = message.slice(0, -hint.length);
  throw new ConfigurationError(message, { input, file: error.file, line: error.line, hint: error.hint });
}
