// engine: builtin, the in-process scanner (@mcp-secrets/scanner).
import { ConfigurationError, untrustedText, type ActionPorts } from '@mcp-secrets/ports';
import { scanFiles, scanGit, type GitPort, type ScanProgress, type ScanResult } from '@mcp-secrets/scanner';
import { hiddenByChange, scanInputChanges, type ChangedScanInput } from './base-scan-inputs';
import { loadAuditInputs, type AuditInputs } from './config';
import type { EngineScan, PreparedEngine } from './engine';
import type { AuditOptions } from './options';
import { applyReportBaseline } from './report-baseline';
import { reportRules } from './report-findings';
import { scansPullRequestCommits, type ScanTarget } from './scan-target';

/** Loads the configuration, ignore file and baseline now, so their errors come before anything runs. */
export function builtinEngine(ports: ActionPorts, options: AuditOptions, git: GitPort, onProgress?: (state: ScanProgress) => void): PreparedEngine {
  const inputs = loadAuditInputs(options);
  for (const warning of inputs.config.warnings) ports.log.warning(warning);

  const scanWith = (target: ScanTarget, using: AuditInputs, extra: { onProgress?: (state: ScanProgress) => void; listInlineAllowed?: boolean }): Promise<ScanResult> => {
    const scanOptions = { config: using.config, ignore: using.ignore, baseline: using.baseline, ...extra };
    // A subfolder's findings are named from the workspace, as gitleaks names them under --source,
    // so that annotations land on the right file and allowlist paths mean the same everywhere.
    const scanned = target.kind === 'files'
      ? scanFiles(target.root, { ...scanOptions, relativeTo: options.workspace, git, jobs: options.jobs })
      : scanGit(target.repo, { ...scanOptions, range: target.range, logOpts: target.logOpts, git, jobs: options.jobs });
    return scanned.then((result) => applyReportBaseline(result, using.reportBaseline, target.kind === 'files' ? options.workspace : target.repo));
  };

  return {
    async scan(target) {
      const rules = inputs.config.rules.length;
      ports.log.info(`Scanning the ${target.description} with ${inputs.configSource} (${rules} rule${rules === 1 ? '' : 's'})`);
      // Every line of a pull request's own commits is one it adds: its gitleaks:allow comments are listed.
      const head = await scanWith(target, inputs, { onProgress, listInlineAllowed: scansPullRequestCommits(target) });
      if (head.threads !== undefined && head.threads > 1) ports.log.debug(`Scanned on ${head.threads} threads`);
      const result: EngineScan = {
        findings: head.findings,
        suppressedSecrets: head.suppressedSecrets,
        inlineAllowed: head.inlineAllowed,
        stats: head.stats,
        rules: reportRules(inputs.config),
        configSource: inputs.configSource,
        warnings: [],
        notes: [],
      };
      if (target.pullRequest === undefined) return result;

      let changed: ChangedScanInput[];
      let baseInputs: AuditInputs;
      try {
        const changes = scanInputChanges(options, target.pullRequest);
        changed = changes.changed;
        if (changed.length === 0) return result;
        baseInputs = changes.baseInputs(inputs);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        result.warnings.push(`the scan configuration could not be read at the pull request's base, so a change to it is not checked: ${error.message}`);
        return result;
      }
      const files = untrustedText(changed.map((c) => c.display).join(', '));
      ports.log.info(`This pull request changes ${files}: scanning with the base branch's version as well`);
      const base = await scanWith(target, baseInputs, {});
      const hidden = hiddenByChange(head.findings, base.findings, changed, inputs);
      result.findings = [...head.findings, ...hidden];
      result.suppressedSecrets = [...head.suppressedSecrets, ...base.suppressedSecrets];
      result.stats = { ...head.stats, findings: result.findings.length };
      const known = new Set(result.rules.map((r) => r.id));
      result.rules = [...result.rules, ...reportRules(baseInputs.config).filter((r) => !known.has(r.id))];
      const hides = hidden.length === 0 ? 'it hides nothing' : `${hidden.length} finding${hidden.length === 1 ? '' : 's'} it would hide ${hidden.length === 1 ? 'is' : 'are'} reported`;
      result.notes?.push(`This pull request changes ${files}: also scanned with the base branch's version; ${hides}.`);
      return result;
    },
  };
}
