// One-letter spellings, as gitleaks and zizmor users type them: -v verbose, -f the output format,
// -c the configuration, -r the report (gitleaks' --report-path), -b gitleaks' --baseline-path,
// -o where a command writes its folder or report. -h (help) and -V (version) come with the parser.
const EVERY_COMMAND: Record<string, string> = { verbose: 'v', format: 'f' };

const BY_COMMAND: Record<string, Record<string, string>> = {
  audit: { config: 'c', 'report-path': 'r', 'baseline-path': 'b' },
  'check-workflows': { config: 'c' },
  'ops-controls': { output: 'o' },
  evidence: { output: 'o', task: 't' },
};

/** The one-letter flag of a command's option, if it has one. */
export function shortFlag(command: string, option: string): string | undefined {
  return BY_COMMAND[command]?.[option] ?? EVERY_COMMAND[option];
}
