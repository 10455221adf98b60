import { Inputs, type InputSource } from '@mcp-secrets/ports';
import { jsonReport, renderText, verdictLine } from '@mcp-secrets/reporting';
import {
  TOOL,
  readWorkflowCheckOptions,
  readWorkflowSources,
  runWorkflowCheck,
  type WorkflowCheckOptions,
  type WorkflowCheckResult,
} from '@mcp-secrets/workflow-permission-check';
import { EXIT, optionsAsInputs, readFormat, type Command, type OptionSpec } from '../command';
import { ACTION_INPUTS } from '../generated/action-inputs';
import { terminalPorts } from '../terminal-ports';
import { readFixMode, runFixes } from './check-workflows-fix';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

// Annotations are runner-only; a laptop run writes no SARIF file unless asked to.
const options: OptionSpec[] = [
  ...ACTION_INPUTS['workflow-permission-check']
    .filter((input) => input.name !== 'annotations')
    .map((input) =>
      input.name === 'sarif-path' ? { name: input.name, description: 'also write the SARIF 2.1.0 log to this file' } : input,
    ),
  { name: 'format', description: 'text (source line and caret), json, or sarif on stdout', default: 'text' },
  {
    name: 'fix',
    description:
      'rewrite the files to fix what can be fixed offline (least-privilege permissions:, persist-credentials: false, injected expressions moved into env:), then check them; --fix=dry-run prints the unified diff and writes nothing',
    bare: 'write',
    bareWords: ['write', 'dry-run'],
  },
];

export const checkWorkflowsCommand: Command = {
  options,
  positional: { option: 'paths', variadic: true, description: 'files or glob patterns to check, as --paths' },
  async run(ctx) {
    const format = readFormat(ctx, FORMATS);
    const source = cliInputs(optionsAsInputs(ctx));
    const checkOptions = readWorkflowCheckOptions(new Inputs(source, ctx.env), (name) => source.get(name), {
      ...ctx.env,
      GITHUB_WORKSPACE: ctx.cwd,
    });
    // Progress lines would corrupt json/sarif on stdout: they go to stderr, and only with --verbose.
    const verbose = ctx.values.verbose === true;
    const ports = terminalPorts({ ...ctx.io, out: verbose ? ctx.io.err : () => undefined }, ctx.env, { verbose });
    const fix = readFixMode(ctx.values.fix);
    if (fix !== undefined) {
      // The files are read (bounded) and fixed first; the check that follows reports what is left.
      const { sources } = await readWorkflowSources(ports, checkOptions);
      const changed = runFixes(fix, sources, checkOptions, ctx.io, await lineRedactor());
      if (fix === 'dry-run') return changed > 0 ? EXIT.findings : EXIT.ok;
    }
    const result = await runWorkflowCheck(ports, checkOptions);
    ctx.io.out(await render(format, result, checkOptions, ctx.io.color));
    return result.failed ? EXIT.findings : EXIT.ok;
  },
};

/**
 * A workflow can hold a credential (a container password, a token in a URL): source lines are
 * shown redacted. The scanner's rules load only when lines are shown, not for a JSON or SARIF report.
 */
async function lineRedactor(): Promise<(line: string) => string> {
  const { redactDetectedSecrets } = await import('@mcp-secrets/scanner');
  return (line) => redactDetectedSecrets(line);
}

/** The action's inputs from the options, with the CLI's own defaults: no annotations, no SARIF file. */
function cliInputs(given: InputSource): InputSource {
  return {
    get: (name) => {
      if (name === 'annotations') return 'false';
      if (name === 'sarif-path') return given.get(name) ?? '';
      return given.get(name);
    },
  };
}

async function render(format: Format, result: WorkflowCheckResult, options: WorkflowCheckOptions, color: boolean): Promise<string> {
  if (format === 'sarif') return jsonReport(result.sarif, { sortKeys: false });
  if (format === 'json') {
    return jsonReport({
      tool: { name: TOOL.name, version: TOOL.version },
      filesChecked: result.filesChecked,
      failOn: options.failOn,
      verdict: result.verdict,
      counts: result.counts,
      findings: result.findings,
    });
  }
  // Columns count from after a byte-order mark, as editors show it.
  const read = (file: string): string | undefined => result.sources.get(file)?.replace(/^\uFEFF/, '');
  const text = renderText(result.findings, { color, source: { read, redact: await lineRedactor() }, baseDir: options.root });
  const files = `${result.filesChecked} file${result.filesChecked === 1 ? '' : 's'}`;
  const verdict = verdictLine(result.counts, { color, status: result.verdict, detail: `in ${files} (fail-on: ${options.failOn})` });
  return `${text}${text === '' ? '' : '\n'}${verdict}\n`;
}
