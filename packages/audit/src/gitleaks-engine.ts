// engine: gitleaks, the real gitleaks binary (@mcp-secrets/gitleaks-engine): installed and verified,
// run on the same target, its report read back as the scanner's findings.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actionsInstallPorts, installGitleaks, runGitleaks, type GitleaksScanMode, type InstallPorts, type InstallSource } from '@mcp-secrets/gitleaks-engine';
import { ConfigurationError, type ActionPorts } from '@mcp-secrets/ports';
import { readGitleaksIgnore } from '@mcp-secrets/scanner';
import { configSourceOf, loadBaselines, loadRuleSpec } from './config';
import type { PreparedEngine } from './engine';
import type { AuditOptions } from './options';
import { applyReportBaseline } from './report-baseline';
import { findingRules } from './report-findings';
import type { ScanTarget } from './scan-target';

const INSTALLED_FROM: Record<InstallSource, string> = {
  'tool-cache': 'from the tool cache',
  'actions-cache': 'from the Actions cache, checksum verified',
  download: 'downloaded, checksum verified',
};

/**
 * Loads the baselines now and applies them to gitleaks' findings here: gitleaks cannot read a
 * detect-secrets baseline, and its own --baseline-path compares secrets whenever its report is
 * unredacted (it always is: the audit redacts), where the audit compares as the `redact` input
 * says. The configuration and ignore file are gitleaks' own to read: the configuration the audit
 * chose is passed with --config (GITLEAKS_CONFIG_TOML gitleaks reads from the environment itself).
 */
export function gitleaksEngine(ports: ActionPorts, options: AuditOptions, installPorts?: InstallPorts): PreparedEngine {
  const { baseline, reportBaseline } = loadBaselines(options);
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
        const afterBaseline = run.findings.filter((f) => !baselined.has(f));
        const suppressed = { ...run.stats.suppressed, baseline: baselined.size };
        const scan = applyReportBaseline(
          { findings: afterBaseline, suppressedSecrets: [...baselined].map((f) => f.Secret), stats: { ...run.stats, suppressed, findings: afterBaseline.length } },
          reportBaseline,
          target.kind === 'files' ? options.workspace : target.repo,
        );
        return {
          ...scan,
          rules: findingRules(scan.findings),
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

/** With no configuration found, gitleaks uses its own default rules, not the built-in engine's: the summary says so. */
function rulesSource(version: string, options: AuditOptions): string {
  const gitleaks = `gitleaks ${version}`;
  return options.config === undefined && options.configToml === undefined ? `${gitleaks} default rules` : `${gitleaks} with ${configSourceOf(options)}`;
}

/**
 * gitleaks reads its configuration (every `[extend]`) and ignore file itself, and a repository
 * can commit any of them as a symlink to /dev/zero or a FIFO: each is read first through the
 * bounded reader the built-in engine uses, so such a file fails the step (exit 2) instead of
 * hanging gitleaks. The configuration was chosen as gitleaks chooses it (options.ts), the scanned
 * folder's `.gitleaks.toml` included, so with none chosen gitleaks finds none either.
 */
function checkWhatGitleaksReads(options: AuditOptions, source: string): void {
  loadRuleSpec(options);
  const ignore = options.ignoreFile ?? { file: join(source, '.gitleaksignore'), display: '.gitleaksignore', root: source };
  readGitleaksIgnore(ignore.file, { root: ignore.root, display: ignore.display, input: 'ignore-file' });
}

function scanOf(target: ScanTarget): { mode: GitleaksScanMode; root: string; range?: string; logOpts?: string[] } {
  if (target.kind === 'files') return { mode: 'files', root: target.root };
  const { range, logOpts } = target;
  return { mode: range === undefined && logOpts === undefined ? 'git' : 'diff', root: target.repo, range, logOpts };
}
