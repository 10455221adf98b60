import { describeYamlError } from '@mcp-secrets/yaml-bounds';
import { isMap, isScalar, isSeq } from 'yaml';
import type { Job, LocatedString, ParseErrorModel, ParsedFile, SourceRange, Step, Trigger } from '../model';
import { allStrings, ignoreComments, keyedValues, locatedString } from './located';
import { containerSpec, defaultShell, inputSpecs, keySpans, matrixSpec, runsOnSpec, serviceSpecs, triggerFilters } from './parse-details';
import { withSource } from './parsed-sources';
import { parsePermissions } from './parse-permissions';
import { parseUses } from './parse-uses';
import { keyText, YamlSource } from './source';

const JOB_KEYS_MODELLED = new Set(['name', 'permissions', 'environment', 'if', 'env', 'steps', 'uses', 'with', 'secrets']);

/**
 * The most a workflow or action file may hold (characters): GitHub's workflow parser refuses
 * larger files (its ParseOptions.MaxFileSize, 1 MiB), and the work and findings of one file
 * grow with its size.
 */
export const MAX_WORKFLOW_FILE_CHARS = 1024 * 1024;

/**
 * Parses one file into the model. Never throws: invalid YAML, YAML over the limits (alias bombs,
 * deep nesting) and a file over MAX_WORKFLOW_FILE_CHARS are a `parse-error` model with the
 * position at fault; YAML that is no workflow or action is `other`.
 */
export function parseWorkflowFile(file: string, text: string): ParsedFile {
  if (text.length > MAX_WORKFLOW_FILE_CHARS) return oversizedWorkflowFile(file, `${text.length} characters`);
  // Read as UTF-8, a UTF-16 file starts with two replacement characters (its byte-order mark) and
  // holds a NUL in every other byte: YAML would take it for one long scalar.
  if (text.startsWith('\uFFFD\uFFFD') || text.includes('\u0000')) {
    return shapeError(file, 'not UTF-8 text: the file looks like UTF-16 or binary, and GitHub reads workflow and action files as UTF-8');
  }
  const source = YamlSource.parse(file, text);
  const error = source.doc.errors[0];
  if (error) {
    const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
    return {
      kind: 'parse-error',
      file,
      message: describeYamlError(error, 'not valid YAML'),
      range: { line: start.line, column: start.col, endLine: (end ?? start).line, endColumn: (end ?? start).col },
    };
  }
  const root = source.doc.contents;
  const expected = expectedKind(file);
  if (!isMap(root)) {
    if (expected === undefined) return { kind: 'other', file };
    const what = isSeq(root) ? 'a list' : root === null || source.scalarText(root) === undefined ? 'empty' : 'a single value';
    return shapeError(file, `not ${expected === 'workflow' ? 'a workflow' : 'action metadata'}: the file is ${what}, not a mapping`, source.nodeRange(root));
  }
  const jobs = source.get(root, 'jobs');
  const jobsMap = jobs !== undefined && isMap(source.resolve(jobs.value));
  if (expected === 'workflow' || (expected === undefined && jobsMap)) {
    if (!jobsMap) {
      return shapeError(file, `not a workflow: ${jobs === undefined ? 'no jobs: mapping' : 'jobs: is not a mapping of job ids'}`, jobs ? source.nodeRange(jobs.key) : undefined);
    }
    return withSource(buildWorkflow(source, root), source);
  }
  if (expected === 'action') {
    const runs = source.get(root, 'runs');
    if (runs === undefined || source.scalarText(source.get(runs.value, 'using')?.value) === undefined) {
      return shapeError(file, 'not action metadata: no runs.using (composite, node24, docker...)', runs ? source.nodeRange(runs.key) : undefined);
    }
    return withSource({
      kind: 'action',
      file,
      name: source.scalarText(source.get(root, 'name')?.value),
      using: source.scalarText(source.get(runs.value, 'using')?.value),
      steps: buildSteps(source, source.get(runs.value, 'steps')?.value),
      ignores: ignoreComments(source.text),
      text: source.text,
      inputs: inputSpecs(source, source.get(root, 'inputs')?.value),
      image: keyedValues(source, runs.value).find((v) => v.key === 'image'),
    }, source);
  }
  return { kind: 'other', file };
}

/**
 * What a file must be by where it is: GitHub runs every file of `.github/workflows/` as a workflow
 * and reads `action.yml` as an action's metadata. Other YAML (configs matched by a wide pattern)
 * is a workflow only when it has `jobs:`, and is otherwise not checked.
 */
function expectedKind(file: string): 'workflow' | 'action' | undefined {
  const path = file.replace(/\\/g, '/');
  if (/(^|\/)action\.ya?ml$/.test(path)) return 'action';
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'workflow';
  return undefined;
}

function shapeError(file: string, message: string, range: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }): ParseErrorModel {
  return { kind: 'parse-error', file, message, range };
}

/** The parse-error of a file over MAX_WORKFLOW_FILE_CHARS, for a reader that refused to load it whole too; `size` as known. */
export function oversizedWorkflowFile(file: string, size: string): ParseErrorModel {
  const message = `not checked: the file is larger than 1 MiB, the most GitHub accepts for a workflow (${size})`;
  return { kind: 'parse-error', file, message, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

function buildWorkflow(source: YamlSource, root: unknown): ParsedFile {
  const on = source.get(root, 'on');
  const permissions = source.get(root, 'permissions');
  const jobsPair = source.get(root, 'jobs');
  return {
    kind: 'workflow',
    file: source.file,
    name: source.scalarText(source.get(root, 'name')?.value),
    onRange: on ? source.nodeRange(on.key) : { line: 1, column: 1, endLine: 1, endColumn: 1 },
    triggers: on ? buildTriggers(source, on.value) : [],
    permissions: permissions ? parsePermissions(source, permissions) : undefined,
    env: keyedValues(source, source.get(root, 'env')?.value),
    jobs: source.pairs(jobsPair?.value).map((pair) => buildJob(source, keyText(pair), pair)),
    ignores: ignoreComments(source.text),
    text: source.text,
    keySpans: keySpans(source, root),
    inputs: ['workflow_dispatch', 'workflow_call'].flatMap((event) => inputSpecs(source, source.get(source.get(on?.value, event)?.value, 'inputs')?.value)),
    defaultShell: defaultShell(source, root),
  };
}

/** `on:` as a string, a list of events, or a map of events to their filters. */
function buildTriggers(source: YamlSource, node: unknown): Trigger[] {
  const value = source.resolve(node);
  if (isScalar(value)) {
    const event = source.scalarText(value);
    return event ? [{ event, range: source.nodeRange(value), form: 'scalar' }] : [];
  }
  if (isSeq(value)) {
    return source.items(value).flatMap((item) => {
      const event = source.scalarText(item);
      return event && isScalar(item) ? [{ event, range: source.nodeRange(item), form: 'list' as const }] : [];
    });
  }
  return source.pairs(value).map((pair) => ({
    event: keyText(pair),
    range: source.nodeRange(pair.key),
    form: 'map' as const,
    filters: triggerFilters(source, pair.value),
  }));
}

function buildJob(source: YamlSource, id: string, pair: { key: unknown; value: unknown }): Job {
  const node = pair.value;
  const permissions = source.get(node, 'permissions');
  const usesValue = locatedString(source, source.get(node, 'uses')?.value);
  const secretsPair = source.get(node, 'secrets');
  const secretsText = source.scalarText(secretsPair?.value);
  const otherStrings: LocatedString[] = [];
  for (const p of source.pairs(node)) if (!JOB_KEYS_MODELLED.has(keyText(p))) allStrings(source, p.value, otherStrings);
  return {
    id,
    idRange: source.nodeRange(pair.key),
    name: source.scalarText(source.get(node, 'name')?.value),
    permissions: permissions ? parsePermissions(source, permissions) : undefined,
    environment: environmentName(source, source.get(node, 'environment')?.value),
    if: locatedString(source, source.get(node, 'if')?.value),
    env: keyedValues(source, source.get(node, 'env')?.value),
    steps: buildSteps(source, source.get(node, 'steps')?.value),
    uses: usesValue ? parseUses(usesValue.value, usesValue.range) : undefined,
    with: keyedValues(source, source.get(node, 'with')?.value),
    secrets:
      secretsPair === undefined
        ? undefined
        : secretsText === 'inherit'
          ? { inherit: true, range: source.nodeRange(secretsPair.value) }
          : { inherit: false, entries: keyedValues(source, secretsPair.value) },
    otherStrings,
    keySpans: keySpans(source, node),
    runsOn: runsOnSpec(source, source.get(node, 'runs-on')?.value),
    container: containerOf(source, node),
    services: serviceSpecs(source, source.get(node, 'services')?.value),
    matrix: matrixSpec(source, source.get(node, 'strategy')?.value),
    outputs: keyedValues(source, source.get(node, 'outputs')?.value),
    defaultShell: defaultShell(source, node),
  };
}

function containerOf(source: YamlSource, node: unknown): Job['container'] {
  const pair = source.get(node, 'container');
  return pair ? containerSpec(source, 'container', pair) : undefined;
}

function environmentName(source: YamlSource, node: unknown): string | undefined {
  return source.scalarText(node) ?? source.scalarText(source.get(node, 'name')?.value);
}

function buildSteps(source: YamlSource, node: unknown): Step[] {
  return source.items(node).map((item, index) => {
    const uses = locatedString(source, source.get(item, 'uses')?.value);
    return {
      index,
      id: source.scalarText(source.get(item, 'id')?.value),
      name: source.scalarText(source.get(item, 'name')?.value),
      range: source.nodeRange(item),
      uses: uses ? parseUses(uses.value, uses.range) : undefined,
      run: locatedString(source, source.get(item, 'run')?.value),
      with: keyedValues(source, source.get(item, 'with')?.value),
      env: keyedValues(source, source.get(item, 'env')?.value),
      if: locatedString(source, source.get(item, 'if')?.value),
      keySpans: keySpans(source, item),
      shell: source.scalarText(source.get(item, 'shell')?.value),
    };
  });
}
