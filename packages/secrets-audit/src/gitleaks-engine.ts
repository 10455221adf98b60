// engine: gitleaks, the real gitleaks binary (@mcp-secrets/gitleaks-engine): installed and verified,
// run on the same target, its report read back as the scanner's findings.
import { lstatSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsInstallPorts, installGitleaks, runGitleaks, type GitleaksScanMode, type InstallPorts, type InstallSource } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';
import { loadConfig, readGitleaksIgnore } from '@mcp-secrets/scanner';
import { loadBaseline } from './config';
import type { PreparedEngine } from './engine';
import type { AuditOptions } from './options';
import { findingRules } from './report-findings';
import type { ScanTarget } from './scan-target';

const INSTALLED_FROM: Record<InstallSource, string> = {
  'tool-cache': 'from the tool cache',
  'actions-cache': 'from the Actions cache, checksum verified',
  download: 'downloaded, checksum verified',
};

/**
 * Loads the detect-secrets baseline now (gitleaks cannot read it, so it is applied to gitleaks'
 * findings here); the configuration and ignore file are gitleaks' own to read.
 */
export function gitleaksEngine(ports: ActionPorts, options: AuditOptions, installPorts?: InstallPorts): PreparedEngine {
  const baseline = loadBaseline(options);
  return {
    async scan(target) {
      checkWhatGitleaksReads(options, scanOf(target).root);
      // The Actions cache keys on the archive's path, so staging must be the same folder every run.
      const temp = ports.env.RUNNER_TEMP || tmpdir();
      const gitleaks = await installGitleaks({
        ...(installPorts ?? (await runnerInstallPorts(ports.env))),
        version: options.gitleaksVersion,
        versionInput: 'gitleaks-version',
        stagingDir: temp,
      });
      for (const note of gitleaks.notes) ports.log.warning(note);
      const configSource = rulesSource(gitleaks.version, options);
      ports.log.info(`Scanning the ${target.description} with ${configSource} (gitleaks ${INSTALLED_FROM[gitleaks.source]})`);

      // gitleaks writes every secret in full (redact 0: the audit masks and redacts them itself),
      // so its report lives in a private folder that is always deleted.
      const reportDir = await mkdtemp(join(temp, 'gitleaks-report-'));
      try {
        const run = await runGitleaks({
          binary: gitleaks.binary,
          ...scanOf(target),
          relativeTo: options.workspace,
          config: options.config?.file,
          ignorePath: options.ignoreFile?.file,
          redact: 0,
          reportPath: join(reportDir, 'report.json'),
          env: ports.env,
        });
        const baselined = new Set(baseline === undefined ? [] : run.findings.filter((f) => baseline.suppresses(f)));
        const findings = run.findings.filter((f) => !baselined.has(f));
        const suppressed = { ...run.stats.suppressed, baseline: baselined.size };
        return {
          findings,
          suppressedSecrets: [...baselined].map((f) => f.Secret),
          stats: { ...run.stats, suppressed, findings: findings.length },
          rules: findingRules(findings),
          configSource,
          warnings: run.warnings.map((w) => `gitleaks: ${w}`),
        };
      } finally {
        await rm(reportDir, { recursive: true, force: true });
      }
    },
  };
}

/** The runner's tool cache; off a runner (the CLI) it must be named, or @actions/tool-cache fails obscurely. */
async function runnerInstallPorts(env: NodeJS.ProcessEnv): Promise<InstallPorts> {
  if (!env.RUNNER_TOOL_CACHE) {
    throw new ConfigurationError('engine: gitleaks installs gitleaks into the tool cache, and RUNNER_TOOL_CACHE is not set', {
      input: 'engine',
      hint: 'set RUNNER_TOOL_CACHE (and RUNNER_TEMP) to folders of your own, or use engine: builtin',
    });
  }
  return actionsInstallPorts(env);
}

/** Without a config input gitleaks picks its own rules, not the built-in engine's: the summary says so. */
function rulesSource(version: string, options: AuditOptions): string {
  const gitleaks = `gitleaks ${version}`;
  return options.config === undefined ? `${gitleaks} default rules (or .gitleaks.toml in the scanned folder)` : `${gitleaks} with ${options.config.display}`;
}

/**
 * gitleaks reads its configuration (every `[extend]`) and ignore file itself, and a repository
 * can commit any of them as a symlink to /dev/zero or a FIFO: each is read first through the
 * bounded reader the built-in engine uses, so such a file fails the step (exit 2) instead of
 * hanging gitleaks. Without a `config` input gitleaks looks for `.gitleaks.toml` in the folder.
 */
function checkWhatGitleaksReads(options: AuditOptions, source: string): void {
  const config = options.config ?? { file: join(source, '.gitleaks.toml'), display: '.gitleaks.toml', root: source };
  if (options.config !== undefined || lstatSync(config.file, { throwIfNoEntry: false }) !== undefined) {
    loadConfig({ path: config.file, root: config.root });
  }
  const ignore = options.ignoreFile ?? { file: join(source, '.gitleaksignore'), display: '.gitleaksignore', root: source };
  readGitleaksIgnore(ignore.file, { root: ignore.root, display: ignore.display, input: 'ignore-file' });
}

function scanOf(target: ScanTarget): { mode: GitleaksScanMode; root: string; range?: string; logOpts?: string[] } {
  if (target.kind === 'files') return { mode: 'files', root: target.root };
  const { range, logOpts } = target;
  return { mode: range === undefined && logOpts === undefined ? 'git' : 'diff', root: target.repo, range, logOpts };
}
