/** 1-based, inclusive start; end is the position just after the last character. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One `${{ ... }}` in a string, with its source range (the `${{` to the `}}`). */
export interface Expression {
  /** The text between `${{` and `}}`, trimmed. */
  text: string;
  range: SourceRange;
}

/** A scalar value with where it is written and the expressions inside it. */
export interface LocatedString {
  value: string;
  range: SourceRange;
  expressions: Expression[];
}

export interface KeyedValue extends LocatedString {
  key: string;
  keyRange: SourceRange;
}

export type PermissionLevel = 'read' | 'write' | 'none';

export interface PermissionEntry {
  scope: string;
  /** As written; may be an invalid level (invalid-permissions reports it). */
  level: string;
  keyRange: SourceRange;
  valueRange: SourceRange;
}

/** A `permissions:` block. `kind: 'invalid'` covers values that are neither a known string nor a map. */
export interface PermissionsBlock {
  kind: 'read-all' | 'write-all' | 'map' | 'invalid';
  keyRange: SourceRange;
  valueRange: SourceRange;
  /** Entries of a map (empty for `{}`, `read-all` and `write-all`). */
  entries: PermissionEntry[];
  raw?: string;
}

/** A parsed `uses:` reference. */
export type UsesRef =
  | { kind: 'repository'; raw: string; owner: string; repo: string; path: string; ref: string; range: SourceRange }
  | { kind: 'local'; raw: string; path: string; range: SourceRange }
  | { kind: 'docker'; raw: string; image: string; digest?: string; range: SourceRange }
  | { kind: 'invalid'; raw: string; range: SourceRange };

/**
 * Each key of a mapping with the span from the key to the end of its value: where zizmor
 * reports a finding about that key (`run:`, `uses:`, `if:`, `env:`...).
 */
export interface KeySpans {
  /** The span of `key` (the first when a mapping repeats it), undefined when the mapping has no such key. */
  get(key: string): SourceRange | undefined;
}

export interface Step {
  /** 0-based position in the job's or action's `steps:`. */
  index: number;
  /** The step's own keys, each from the key to the end of its value. */
  keySpans?: KeySpans;
  /** `shell:` as written, when the step sets one. */
  shell?: string;
  id?: string;
  name?: string;
  range: SourceRange;
  uses?: UsesRef;
  run?: LocatedString;
  with: KeyedValue[];
  env: KeyedValue[];
  if?: LocatedString;
}

export interface Trigger {
  event: string;
  range: SourceRange;
  /** How `on:` names it: `on: x`, a list item, or a key of the `on:` map. */
  form?: 'scalar' | 'list' | 'map';
  /** Filter keys under the event (`tags`, `branches`, `types`...) and the `branches:` values. */
  filters?: { keys: string[]; branches: string[] };
}

/** `container:` or one of `services:`: its image and registry credentials. */
export interface ContainerSpec {
  /** `container`, or the service's id. */
  name: string;
  /** `image:` (for `container: <image>`, the string itself, keyed `container`). */
  image?: KeyedValue;
  /** The `credentials:` mapping, from its key to its end, with its entries. */
  credentials?: { span: SourceRange; entries: KeyedValue[] };
}

/** `strategy.matrix`: an expression, or its values by path (`matrix.os`, `matrix.cfg.image`). */
export interface MatrixSpec {
  expression?: LocatedString;
  /** Every value a `matrix.<path>` may take, from the axes and `include:` entries. */
  values: ReadonlyMap<string, readonly LocatedString[]>;
}

export interface Job {
  id: string;
  idRange: SourceRange;
  name?: string;
  permissions?: PermissionsBlock;
  /** `environment:` name (or its `name:`), when the job runs in a deployment environment. */
  environment?: string;
  if?: LocatedString;
  env: KeyedValue[];
  steps: Step[];
  /** Set for a reusable-workflow call (`jobs.<id>.uses`). */
  uses?: UsesRef;
  with: KeyedValue[];
  /** `secrets: inherit`, or the explicit secrets passed to a reusable workflow. */
  secrets?: { inherit: true; range: SourceRange } | { inherit: false; entries: KeyedValue[] };
  /** Every other string in the job (runs-on, container, outputs, strategy...), for context scans. */
  otherStrings: LocatedString[];
  /** The job's own keys, each from the key to the end of its value. */
  keySpans?: KeySpans;
  /** `runs-on:` labels (a group's `labels:`), and whether it is a group or an expression. */
  runsOn?: { labels: LocatedString[]; group: boolean };
  container?: ContainerSpec;
  services?: ContainerSpec[];
  matrix?: MatrixSpec;
  /** `outputs:` of the job. */
  outputs?: KeyedValue[];
  /** `defaults.run.shell` of the job. */
  defaultShell?: string;
}

/** A `workflow_dispatch` / `workflow_call` input (or an action's input): its type as declared. */
export interface InputSpec {
  name: string;
  /** `string`, `boolean`, `number`, `choice`, `environment`; undefined when not declared. */
  type?: string;
}

export interface WorkflowModel {
  kind: 'workflow';
  file: string;
  name?: string;
  /** Range of the `on:` key (or of line 1 when it is missing). */
  onRange: SourceRange;
  triggers: Trigger[];
  permissions?: PermissionsBlock;
  env: KeyedValue[];
  jobs: Job[];
  /** Lines holding a `# mcp-secrets: ignore[...]` comment, with the rule ids named there. */
  ignores: Map<number, Set<string>>;
  /** The file's text (for audits of every expression, as zizmor scans the raw file). */
  text?: string;
  /** The workflow's top-level keys, each from the key to the end of its value. */
  keySpans?: KeySpans;
  /** Inputs of `workflow_dispatch` and `workflow_call`. */
  inputs?: InputSpec[];
  /** `defaults.run.shell` of the workflow. */
  defaultShell?: string;
}

/** An action's metadata (`action.yml`); only composite actions have steps. */
export interface ActionModel {
  kind: 'action';
  file: string;
  name?: string;
  using?: string;
  steps: Step[];
  ignores: Map<number, Set<string>>;
  /** The file's text (for audits of every expression, as zizmor scans the raw file). */
  text?: string;
  /** `inputs:` the action declares. */
  inputs?: InputSpec[];
  /** `runs.image` of a Docker action, keyed `image`. */
  image?: KeyedValue;
}

/** A file nothing in which could be checked: not valid YAML, refused by the YAML limits, or too large. */
export interface ParseErrorModel {
  kind: 'parse-error';
  file: string;
  /** Why, as one line (`not valid YAML: ...`, `YAML refused: ...`, `not checked: the file is larger than 1 MiB...`). */
  message: string;
  range: SourceRange;
}

/** A YAML file that is neither a workflow nor action metadata: nothing to check. */
export interface OtherModel {
  kind: 'other';
  file: string;
}

export type ParsedFile = WorkflowModel | ActionModel | ParseErrorModel | OtherModel;

export type Severity = 'error' | 'warning' | 'note';

export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  /** What to write instead; for permissions, the exact `permissions:` block to add. */
  fix?: string;
}
