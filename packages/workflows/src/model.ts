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

export interface Step {
  /** 0-based position in the job's or action's `steps:`. */
  index: number;
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
}

/** An action's metadata (`action.yml`); only composite actions have steps. */
export interface ActionModel {
  kind: 'action';
  file: string;
  name?: string;
  using?: string;
  steps: Step[];
  ignores: Map<number, Set<string>>;
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
