// gitleaks' log lines on stderr (zerolog console format: `2:04PM INF message`), read for the
// figures the JSON report lacks and for the reason of a failure.

export type LogLevel = 'TRC' | 'DBG' | 'INF' | 'WRN' | 'ERR' | 'FTL';

export interface LogLine {
  level: LogLevel;
  message: string;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const LINE = /\b(TRC|DBG|INF|WRN|ERR|FTL)\s+(.*)$/;

export function parseGitleaksLog(stderr: string): LogLine[] {
  const lines: LogLine[] = [];
  for (const raw of stderr.replace(ANSI, '').split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (m !== null) lines.push({ level: m[1] as LogLevel, message: (m[2] as string).trim() });
  }
  return lines;
}

export interface LoggedFigures {
  bytesScanned: number;
  commitsScanned: number;
}

/** `scanned ~123456 bytes (123.46 KB) in 1.2s` and `12 commits scanned.` */
export function loggedFigures(lines: readonly LogLine[]): LoggedFigures {
  const figures: LoggedFigures = { bytesScanned: 0, commitsScanned: 0 };
  for (const { message } of lines) {
    const bytes = /scanned ~?(\d+) bytes/.exec(message);
    if (bytes !== null) figures.bytesScanned = Number(bytes[1]);
    const commits = /^(\d+) commits? scanned/.exec(message);
    if (commits !== null) figures.commitsScanned = Number(commits[1]);
  }
  return figures;
}

/** The lines that explain a failure (fatal and error lines), or the tail of stderr when there are none. */
export function failureReason(stderr: string, lines: readonly LogLine[]): string {
  const errors = lines.filter((l) => l.level === 'FTL' || l.level === 'ERR').map((l) => l.message);
  const text = errors.length > 0 ? errors.join('; ') : stderr.replace(ANSI, '').trim().split(/\r?\n/).slice(-3).join('; ');
  return text === '' ? 'no message on stderr' : text.slice(0, 1000);
}
