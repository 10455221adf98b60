// The two shapes most provider rules take, so that each family file lists formats rather than
// repeating rule boilerplate: a token recognised by its own prefix, and a prefixless value that
// only counts where a setting named after the provider is assigned it.
import type { AllowlistSpec } from '../../types';
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';

/** A uuid (lower or upper case hex), the shape of many prefixless keys. */
export const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Closes a value in an assignment: the next character cannot continue any token alphabet. */
export const END_VALUE = '(?:[^A-Za-z0-9_.~+/=-]|$)';

/**
 * Between a setting's name and its value, in every form a value is written: `=`, `:`, `:=`,
 * `::=`, `?=`, `+=`, `.=` (Make, PHP), `||=`, `??=` (Ruby, JavaScript), `=>` (Ruby, Logstash), `,`
 * (CSV), `(` (a call), `>` (an XML element), a typed declaration (`X: &str =`, `x: string =`), a
 * fallback literal (`process.env.X || "..."`), a Kubernetes `value:` on the next line or an XML
 * `value=` attribute (`<add key="X" value="..."/>`), with quotes
 * (JSON-escaped too), a closing bracket (`ENV['X'] =`) and a YAML block indicator (`|`, `>`) whose
 * value is on the next line. Every part is bounded, so the pattern stays linear.
 */
export const SETTING_ASSIGN =
  '(?:\\\\?["\'\\x60])?\\]?[ \\t]{0,5}' +
  "(?::{1,3}=|[?+.]?=|\\|\\|=?|\\?\\?=?|=>|:[ \\t]{0,5}&?(?:'static[ \\t]{1,3})?[A-Za-z][\\w<>&]{0,15}[ \\t]{0,5}=|,?\\s{1,40}[\"']?value[\"']?[ \\t]{0,5}[:=]|:|,|\\(|>)" +
  '[ \\t]{0,5}(?:[|>][-+]?)?\\s{0,6}(?:\\\\?["\'\\x60])?';

export interface Shape {
  id: string;
  description: string;
  keywords: string[];
  tags: string[];
  entropy: number;
  /** gitleaks' (and Betterleaks') default rule id for the same kind: `id` must equal it. */
  gitleaks?: boolean;
  /** Betterleaks' id where only Betterleaks has the kind. */
  betterleaks?: string;
  allowlists?: AllowlistSpec[];
}

function equivalents(shape: Shape): BuiltinRule['equivalents'] {
  if (shape.gitleaks === true) return { gitleaks: shape.id, betterleaks: shape.id };
  return shape.betterleaks === undefined ? undefined : { betterleaks: shape.betterleaks };
}

function rule(shape: Shape, regex: string): BuiltinRule {
  const out: BuiltinRule = {
    id: shape.id,
    description: shape.description,
    regex,
    secretGroup: 1,
    entropy: shape.entropy,
    keywords: shape.keywords,
    tags: shape.tags,
    allowlists: [PLACEHOLDER_ALLOWLIST, ...(shape.allowlists ?? [])],
  };
  const eq = equivalents(shape);
  if (eq !== undefined) out.equivalents = eq;
  return out;
}

/** A self-identifying token; `regex` captures the whole token as group 1 and closes it itself. */
export function token(shape: Shape & { regex: string }): BuiltinRule {
  return rule(shape, shape.regex);
}

/**
 * A prefixless value assigned to a setting whose name matches `name` (case-insensitive, RE2):
 * `name`, up to `gap` more name characters (spaces too: `Cloudflare API key: ...`), an assignment
 * (SETTING_ASSIGN), then `value` (case-sensitive) closed by a character no token continues with.
 */
export function assigned(shape: Shape & { name: string; value: string; gap?: number }): BuiltinRule {
  const gap = shape.gap ?? 30;
  return rule(shape, `(?i)${shape.name}[\\w \\t.-]{0,${gap}}?${SETTING_ASSIGN}(?-i:(${shape.value}))${END_VALUE}`);
}
