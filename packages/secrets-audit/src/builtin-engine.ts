// engine: builtin, the in-process scanner (@mcp-secrets/scanner).
import type { ActionPorts } from '@mcp-secrets/ports';
import { scanFiles, scanGit, type GitPort, type ScanProgress } from '@mcp-secrets/scanner';
import { loadAuditInputs } from './config';
import type { PreparedEngine } from './engine';
import type { AuditOptions } from './options';
import { reportRules } from './report-findings';

/** Loads the configuration, ignore file and baseline now, so their errors come before anything runs. */
export function builtinEngine(ports: ActionPorts, options: AuditOptions, git: GitPort, onProgress?: (state: ScanProgress) => void): PreparedEngine {
  const inputs = loadAuditInputs(options);
  for (const warning of inputs.config.warnings) ports.log.warning(warning);
  return {
    async scan(target) {
      const rules = inputs.config.rules.length;
      ports.log.info(`Scanning the ${target.description} with ${inputs.configSource} (${rules} rule${rules === 1 ? '' : 's'})`);
      const scanOptions = { config: inputs.config, ignore: inputs.ignore, baseline: inputs.baseline, onProgress };
      // A subfolder's findings are named from the workspace, as gitleaks names them under --source,
      // so that annotations land on the right file and allowlist paths mean the same everywhere.
      const { findings, suppressedSecrets, stats } =
        target.kind === 'files'
          ? await scanFiles(target.root, { ...scanOptions, relativeTo: options.workspace, git })
          : await scanGit(target.repo, { ...scanOptions, range: target.range, logOpts: target.logOpts, git });
      return { findings, suppressedSecrets, stats, rules: reportRules(inputs.config), configSource: inputs.configSource, warnings: [] };
    },
  };
}
