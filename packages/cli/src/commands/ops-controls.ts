import { relative } from 'node:path';
import { Inputs } from '@mcp-secrets/ports';
import { jsonReport } from '@mcp-secrets/reporting';
import { readOpsControlsOptions, renderChecksText, runOpsControls } from '@mcp-secrets/ops-controls';
import { EXIT, optionsAsInputs, readFormat, type Command, type OptionSpec } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';

const FORMATS = ['text', 'json'] as const;

// Credentials never go on a command line (shell history, `ps`): VAULT_TOKEN, VAULT_SECRET_ID and
// SOPS_AGE_KEY / SOPS_AGE_KEY_FILE carry them. Artifacts exist only on a runner.
const NOT_ON_THE_COMMAND_LINE = new Set(['vault-token', 'vault-secret-id', 'sops-age-key', 'upload-artifact', 'artifact-name']);

const options: OptionSpec[] = [
  ...ACTION_INPUTS['ops-controls'].filter((input) => !NOT_ON_THE_COMMAND_LINE.has(input.name)),
  { name: 'format', description: 'text (a table of the checks) or json (the report) on stdout', default: 'text' },
];

export const opsControlsCommand: Command = {
  options,
  async run(ctx) {
    const format = readFormat(ctx, FORMATS);
    const source = optionsAsInputs(ctx);
    const inputs = new Inputs({ get: (name) => (name === 'upload-artifact' ? 'false' : source.get(name)) }, ctx.env);
    const opsOptions = { ...readOpsControlsOptions(inputs, { ...ctx.env, GITHUB_WORKSPACE: ctx.cwd }), annotations: false };
    // Per-check log lines would duplicate the table: they go to stderr, and only with --verbose.
    const verbose = ctx.values.verbose === true;
    const ports = terminalPorts({ ...ctx.io, out: verbose ? ctx.io.err : () => undefined }, ctx.env, { verbose });
    const { report, failed, reportPath } = await runOpsControls(ports, opsOptions);
    if (format === 'json') ctx.io.out(jsonReport(report, { sortKeys: false }));
    else {
      const rel = relative(ctx.cwd, reportPath);
      const reportFile = rel === '' || rel.startsWith('..') ? reportPath : rel;
      ctx.io.out(renderChecksText(report, { color: ctx.io.color, failOn: opsOptions.failOn, failed, reportFile }));
    }
    return failed ? EXIT.findings : EXIT.ok;
  },
};

