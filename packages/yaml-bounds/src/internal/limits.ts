/**
 * What a YAML document may cost before anything walks it. The parser itself never expands
 * aliases, but every consumer does (sops' tree, workflows' `<<` merges, `toJS`), so a few KB
 * of nested anchors would become billions of nodes; and the composer recurses once per level.
 */
export interface YamlLimits {
  /**
   * Deepest nesting of collections, in the source and once aliases are expanded. `yaml` overflows
   * the default stack near 770 levels when called from the top of it (less from deep in a caller,
   * and V8 can abort outright when a regex compiles at that depth); 128 keeps a wide margin for the
   * callers' own recursive walks. GitHub refuses workflows deeper than 50.
   */
  maxDepth: number;
  /**
   * The expanded document may hold at most `expansionFactor` × its own nodes + `expansionAllowance`:
   * reusing anchors (shared steps, `<<: *defaults`) rarely doubles a document, and the allowance
   * covers a small file that reuses one block many times. Past that, the work of whoever walks the
   * document is no longer proportional to the file's size: an alias bomb.
   */
  expansionFactor: number;
  expansionAllowance: number;
  /** Alias dereferences once expanded (an alias inside an anchor counts once per use of that anchor). */
  maxAliasUses: number;
}

export const DEFAULT_YAML_LIMITS: Readonly<YamlLimits> = {
  maxDepth: 128,
  expansionFactor: 4,
  expansionAllowance: 10_000,
  maxAliasUses: 10_000,
};

/** A document refused for what it would cost; `offset` is where in the text the limit was crossed. */
export class YamlLimitExceeded extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
    this.name = 'YamlLimitExceeded';
  }
}

/** Anchor names are the document author's text: shown, but never at length. */
export function aliasLabel(source: string): string {
  return source.length > 40 ? `*${source.slice(0, 40)}…` : `*${source}`;
}
