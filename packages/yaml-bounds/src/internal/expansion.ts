import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Alias, type Node } from 'yaml';
import { aliasLabel, YamlLimitExceeded, type YamlLimits } from './limits';

/** What a node becomes once its aliases are expanded, measured without expanding it. */
interface Extent {
  nodes: number;
  /** Collections nested in it, itself included (a scalar: 0). */
  depth: number;
  aliases: number;
}

const LEAF: Extent = { nodes: 1, depth: 0, aliases: 0 };

/**
 * What the documents of one file may expand to, shared between them: a stream of many small
 * documents must not get the allowance once per document.
 */
export class ExpansionBudget {
  readonly maxNodes: number;
  nodes = 0;
  aliasUses = 0;

  constructor(
    readonly limits: YamlLimits,
    readonly ownNodes: number,
  ) {
    this.maxNodes = limits.expansionFactor * ownNodes + limits.expansionAllowance;
  }
}

/**
 * Walks a document once, in reading order, memoising each anchored node's expanded extent so that
 * an alias costs the size of its anchor without being expanded. Refuses, at the alias that crosses
 * it, a document that would expand past the budget or refer to its own ancestor. Returns each
 * alias's anchor (the last one of that name before it, as YAML says), so consumers resolve in
 * O(1) where `Alias.resolve` walks the whole document on every call.
 */
export function measureExpansion(root: unknown, budget: ExpansionBudget): Map<Alias, Node> {
  const walk = new ExpansionWalk(budget);
  walk.extent(root, 0);
  return walk.targets;
}

class ExpansionWalk {
  readonly targets = new Map<Alias, Node>();
  private readonly anchors = new Map<string, Node>();
  /** Only anchored nodes are remembered: nothing else can be an alias's target. */
  private readonly extents = new Map<Node, Extent>();
  /** Anchored collections being walked: an alias to one of them would expand forever. */
  private readonly open = new Set<Node>();
  private readonly limits: YamlLimits;

  constructor(private readonly budget: ExpansionBudget) {
    this.limits = budget.limits;
  }

  extent(node: unknown, above: number): Extent {
    if (isAlias(node)) return this.aliasExtent(node, above);
    if (!isNode(node)) return { nodes: 0, depth: 0, aliases: 0 };
    const anchored = node.anchor !== undefined;
    // Registered before the children: an alias inside refers to this node, recursively.
    if (node.anchor !== undefined) this.anchors.set(node.anchor, node);
    this.budget.nodes += 1;
    if (isScalar(node) || (!isMap(node) && !isSeq(node))) {
      if (anchored) this.extents.set(node, LEAF);
      return LEAF;
    }
    if (above + 1 > this.limits.maxDepth) {
      throw new YamlLimitExceeded(node.range?.[0] ?? 0, `collections nested deeper than ${this.limits.maxDepth} levels`);
    }
    if (anchored) this.open.add(node);
    const extent: Extent = { nodes: 1, depth: 0, aliases: 0 };
    for (const item of node.items) {
      for (const child of isPair(item) ? [item.key, item.value] : [item]) {
        const inner = this.extent(child, above + 1);
        extent.nodes += inner.nodes;
        extent.depth = Math.max(extent.depth, inner.depth);
        extent.aliases += inner.aliases;
      }
    }
    extent.depth += 1;
    if (anchored) {
      this.open.delete(node);
      this.extents.set(node, extent);
    }
    return extent;
  }

  private aliasExtent(alias: Alias, above: number): Extent {
    const target = this.anchors.get(alias.source);
    const at = alias.range?.[0] ?? 0;
    const label = aliasLabel(alias.source);
    if (target === undefined) {
      // Left to the consumer, which reports an unknown anchor its own way.
      this.budget.nodes += 1;
      return LEAF;
    }
    if (this.open.has(target)) throw new YamlLimitExceeded(at, `alias ${label} refers to a collection that contains it (a recursive alias)`);
    const extent = this.extents.get(target) ?? LEAF;
    this.targets.set(alias, target);
    const budget = this.budget;
    budget.nodes += extent.nodes;
    budget.aliasUses += extent.aliases + 1;
    if (budget.nodes > budget.maxNodes) {
      const { expansionFactor, expansionAllowance } = this.limits;
      throw new YamlLimitExceeded(
        at,
        `alias ${label} expands the document past ${budget.maxNodes} nodes (${expansionFactor} × its ${budget.ownNodes} own nodes + ${expansionAllowance}): an alias bomb`,
      );
    }
    if (budget.aliasUses > this.limits.maxAliasUses) {
      throw new YamlLimitExceeded(at, `alias ${label} makes the expanded document use aliases more than ${this.limits.maxAliasUses} times`);
    }
    if (above + extent.depth > this.limits.maxDepth) {
      throw new YamlLimitExceeded(at, `alias ${label} nests the expanded document deeper than ${this.limits.maxDepth} levels`);
    }
    return { nodes: extent.nodes, depth: extent.depth, aliases: extent.aliases + 1 };
  }
}
