// A pull request can change what decides a finding (the gitleaks configuration and the files it
// extends, the ignore file, the baseline) and so silence its own secrets. On a pull request each
// is compared with its version at the base commit; when one differs, the audit scans with the base
// versions as well, and what only they report is still a finding (builtin-engine).
import { execFileSync } from 'node:child_process';
import { isAbsolute, relative, sep } from 'node:path';
import { readBoundedText, readBoundedTextIfPresent } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';
import { compileConfig, CONFIG_LIMITS, defaultConfig, DetectSecretsBaseline, GitleaksIgnore, loadConfig, SUPPRESSION_LIMITS, type Finding } from '@mcp-secrets/scanner';
import type { AuditInputs } from './config';
import { defaultCandidates, type AuditInputName, type AuditOptions, type InputFile } from './options';
import { GitleaksReportBaseline, REPORT_BASELINE_BYTES } from './report-baseline';
import type { PullRequest } from './scan-target';

export interface ChangedScanInput {
  input: Extract<AuditInputName, 'config' | 'ignore-file' | 'baseline' | 'baseline-path'>;
  /** The file that differs from the base, relative to the workspace. */
  display: string;
}

export interface ScanInputChanges {
  /** Empty: the pull request changes none of them. */
  changed: ChangedScanInput[];
  /**
   * The base commit's configuration, ignore file and baseline (absent there: the built-in rules,
   * none, none); what the pull request does not change is `head`'s.
   */
  baseInputs(head: AuditInputs): AuditInputs;
}

const GIT_OUTPUT_BYTES = 64 * 1024;
/** Tag of a finding only the base configuration reports; the rest of the tag names the file changed. */
const SUPPRESSED_TAG = 'suppressed-by-pull-request:';

/** Marks a finding the pull request's change to `file` would have suppressed. */
export function markSuppressedByPullRequest(f: Finding, file: string): void {
  f.Tags.push(`${SUPPRESSED_TAG}${file}`);
}

/** The file whose change in this pull request would have suppressed the finding, if any. */
export function suppressedByPullRequest(f: Finding): string | undefined {
  return f.Tags.find((tag) => tag.startsWith(SUPPRESSED_TAG))?.slice(SUPPRESSED_TAG.length);
}

/** Files as they are at one commit, read through git with a size cap. */
class CommitFiles {
  constructor(
    private readonly repo: string,
    private readonly commit: string,
  ) {}

  /** Whether the file is repository content (what a pull request can change). */
  holds(file: string): boolean {
    const rel = relative(this.repo, file);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  }

  /** The file's text at the commit (`file`: absolute, in the repository), or undefined when it has none there. */
  read(file: string, what: string, maxBytes: number): string | undefined {
    const path = relative(this.repo, file).split(sep).join('/');
    // -z and literal pathspecs: whatever the name, it is this one path.
    const entry = git(this.repo, ['--literal-pathspecs', 'ls-tree', '-l', '-z', this.commit, '--', path], GIT_OUTPUT_BYTES);
    const m = /^\d+ blob ([0-9a-f]+) +(\d+)\t/.exec(entry);
    if (m === null) return undefined;
    const [, oid = '', size = '0'] = m;
    if (Number(size) > maxBytes) {
      throw new ConfigurationError(`${what} at the pull request's base (${this.commit.slice(0, 7)}) is larger than ${maxBytes} bytes`, { file: path });
    }
    return git(this.repo, ['cat-file', 'blob', oid], maxBytes + 1);
  }
}

function git(repo: string, args: string[], maxBuffer: number): string {
  return execFileSync('git', args, { cwd: repo, encoding: 'utf8', maxBuffer, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** How the summary names a file: relative to the workspace. */
function shown(file: string, workspace: string): string {
  const rel = relative(workspace, file);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? file : rel.split(sep).join('/');
}

/**
 * The files of the configuration in use (the file and every [extend] path it follows), with their
 * text: loaded once more with a reader that records them.
 */
function configFiles(config: InputFile): Map<string, string> {
  const files = new Map<string, string>();
  loadConfig({
    path: config.file,
    root: config.root,
    readFile: (file) => {
      const text = readBoundedText(file, { what: 'the gitleaks configuration', maxBytes: CONFIG_LIMITS.fileBytes, root: config.root });
      files.set(file, text);
      return text;
    },
  });
  return files;
}

/**
 * Which files of the scan configuration the pull request changes, compared with its base commit.
 * Throws a ConfigurationError when a file cannot be read, at the base or in the checkout.
 */
export function scanInputChanges(options: AuditOptions, pullRequest: PullRequest): ScanInputChanges {
  const base = new CommitFiles(pullRequest.repo, pullRequest.base);
  const changed: ChangedScanInput[] = [];
  const note = (input: ChangedScanInput['input'], file: string): void => void changed.push({ input, display: shown(file, options.workspace) });
  const what = 'the gitleaks configuration';
  // A file out of the repository (a user's own) is not the pull request's: read as it is.
  const readConfig = (file: string): string | undefined =>
    base.holds(file) ? base.read(file, what, CONFIG_LIMITS.fileBytes) : readBoundedText(file, { what, maxBytes: CONFIG_LIMITS.fileBytes });

  const candidates = defaultCandidates(options);
  // The configuration: the file in use and what it extends. One found under a default name is
  // compared with the base's own choice (a pull request adding .gitleaks.toml shadows
  // config/gitleaks.toml); GITLEAKS_CONFIG_TOML is the environment's, not the pull request's.
  let baseConfigFile = options.config?.file;
  if (options.config === undefined ? options.configToml === undefined : options.config.origin === 'default') {
    baseConfigFile = candidates.configs.find((file) => base.holds(file) && readConfig(file) !== undefined);
    if (baseConfigFile !== options.config?.file) note('config', options.config?.file ?? (baseConfigFile as string));
  }
  if (options.config !== undefined && baseConfigFile === options.config.file) {
    for (const [file, text] of configFiles(options.config)) if (base.holds(file) && readConfig(file) !== text) note('config', file);
  }

  /**
   * The base's text of a suppression file when the pull request changes it, else undefined ('' when
   * the base has none). A file found under a default name is compared with the first default the
   * base has; a file named by an input, with the same file at the base.
   */
  const changedText = (input: 'ignore-file' | 'baseline' | 'baseline-path', given: InputFile | undefined, defaults: string[], what: string, maxBytes: number): string | undefined => {
    const headText = given === undefined ? undefined : readBoundedTextIfPresent(given.file, { what, maxBytes, root: given.root });
    const byDefault = given === undefined || given.byDefault === true;
    const files = (byDefault ? defaults : [given.file]).filter((f) => base.holds(f));
    const baseFile = byDefault ? files.find((f) => base.read(f, what, maxBytes) !== undefined) : files[0];
    if (baseFile === undefined) {
      if (headText === undefined || given === undefined || !base.holds(given.file)) return undefined;
      note(input, given.file);
      return '';
    }
    const baseText = base.read(baseFile, what, maxBytes);
    if (baseFile === given?.file && baseText === headText) return undefined;
    note(input, given?.file ?? baseFile);
    return baseText ?? '';
  };
  const ignoreText = changedText('ignore-file', options.ignoreFile, candidates.ignoreFiles, 'the gitleaks ignore file', SUPPRESSION_LIMITS.ignoreFileBytes);
  const baselineText = changedText('baseline', options.baseline, candidates.baselines, 'the detect-secrets baseline', SUPPRESSION_LIMITS.baselineBytes);
  const reportText = changedText('baseline-path', options.reportBaseline, [], 'the gitleaks baseline report', REPORT_BASELINE_BYTES);

  const commit = pullRequest.base.slice(0, 7);
  const configChanged = changed.some((c) => c.input === 'config');
  const named = (file: string | undefined): string => `${file === undefined ? 'the baseline' : shown(file, options.workspace)} at ${commit}`;
  return {
    changed,
    baseInputs: (head) => ({
      ...(configChanged ? baseConfig(readConfig, baseConfigFile, commit, options.workspace) : { config: head.config, configSource: head.configSource }),
      // An empty text: the file is not in the base, so nothing was suppressed by it.
      ignore: ignoreText === undefined ? head.ignore : ignoreText === '' ? undefined : GitleaksIgnore.parse(ignoreText),
      baseline: baselineText === undefined ? head.baseline : baselineText === '' ? undefined : DetectSecretsBaseline.parse(baselineText, named(options.baseline?.file)),
      reportBaseline:
        reportText === undefined
          ? head.reportBaseline
          : reportText === ''
            ? undefined
            : GitleaksReportBaseline.parse(reportText, named(options.reportBaseline?.file), options.redactPercent, options.reportBaseline?.file),
    }),
  };
}

/** The configuration as the base has it: its file (and [extend] paths) read at the base; none there: the built-in rules. */
function baseConfig(read: (file: string) => string | undefined, file: string | undefined, commit: string, workspace: string): Pick<AuditInputs, 'config' | 'configSource'> {
  const text = file === undefined ? undefined : read(file);
  if (text === undefined) return { config: defaultConfig(), configSource: 'built-in rules' };
  const readExtended = (extended: string): string => {
    const found = read(extended);
    if (found === undefined) throw new ConfigurationError(`not in the pull request's base (${commit})`, { file: extended });
    return found;
  };
  return { config: compileConfig(loadConfig({ text, path: file as string, readFile: readExtended })), configSource: `${shown(file as string, workspace)} at ${commit}` };
}

/** The same finding in both scans: same place and secret, whatever the rule is called now. */
function findingKey(f: Finding): string {
  return [f.Commit, f.File, f.StartLine, f.Secret === '' ? `rule:${f.RuleID}` : f.Secret].join('\0');
}

/**
 * What the base configuration reports and the pull request's does not, each marked with the file
 * whose change hides it: the ignore file or baseline when the pull request's version suppresses it,
 * else the configuration (an allowlist added, a rule removed or weakened).
 */
export function hiddenByChange(head: readonly Finding[], base: readonly Finding[], changed: readonly ChangedScanInput[], headInputs: AuditInputs): Finding[] {
  const reported = new Set(head.map(findingKey));
  const changedFile = (input: ChangedScanInput['input']): string | undefined => changed.find((c) => c.input === input)?.display;
  const hidden = base.filter((f) => !reported.has(findingKey(f)));
  for (const f of hidden) {
    const file =
      (headInputs.ignore?.ignores(f) === true ? changedFile('ignore-file') : undefined) ??
      (headInputs.baseline?.suppresses(f) === true ? changedFile('baseline') : undefined) ??
      (headInputs.reportBaseline?.suppresses(f) === true ? changedFile('baseline-path') : undefined) ??
      changedFile('config') ??
      (changed[0] as ChangedScanInput).display;
    markSuppressedByPullRequest(f, file);
  }
  return hidden;
}
