// Which leaves sops encrypts: sops.Tree.shouldBeEncrypted, with the metadata's rule fields.

export interface CryptRules {
  unencryptedSuffix?: string;
  encryptedSuffix?: string;
  unencryptedRegex?: string;
  encryptedRegex?: string;
  unencryptedCommentRegex?: string;
  encryptedCommentRegex?: string;
  macOnlyEncrypted?: boolean;
}

export const DEFAULT_UNENCRYPTED_SUFFIX = '_unencrypted';

const PATH_RULES = ['unencryptedSuffix', 'encryptedSuffix', 'unencryptedRegex', 'encryptedRegex'] as const;

/** Null when valid, else why not (sops allows at most one path rule). */
export function ruleConflict(rules: CryptRules): string | null {
  const set = PATH_RULES.filter((name) => (rules[name] ?? '') !== '');
  return set.length > 1 ? `only one of encrypted_suffix, unencrypted_suffix, encrypted_regex or unencrypted_regex may be set (found ${set.length})` : null;
}

/** sops' metadata.ToInternal: with no path rule at all, `_unencrypted` applies. */
export function withDefaultRule(rules: CryptRules): CryptRules {
  return PATH_RULES.some((name) => (rules[name] ?? '') !== '') ? rules : { ...rules, unencryptedSuffix: DEFAULT_UNENCRYPTED_SUFFIX };
}

/** Go RE2 pattern → JS RegExp (a leading (?i)/(?s)/(?m) group becomes flags, as JS has no inline flags on Node 20). */
export function goRegExp(pattern: string): RegExp {
  const m = /^\(\?([ims]+)\)/.exec(pattern);
  const flags = m === null ? '' : [...new Set(m[1])].join('');
  return new RegExp(m === null ? pattern : pattern.slice(m[0].length), flags);
}

export interface CompiledRules {
  macOnlyEncrypted: boolean;
  shouldBeEncrypted(path: readonly string[], comments: readonly (readonly string[])[], isComment: boolean): boolean;
}

export function compileRules(rules: CryptRules): CompiledRules {
  const unencryptedRegex = optionalRegExp(rules.unencryptedRegex);
  const encryptedRegex = optionalRegExp(rules.encryptedRegex);
  const unencryptedCommentRegex = optionalRegExp(rules.unencryptedCommentRegex);
  const encryptedCommentRegex = optionalRegExp(rules.encryptedCommentRegex);
  const { unencryptedSuffix = '', encryptedSuffix = '' } = rules;

  return {
    macOnlyEncrypted: rules.macOnlyEncrypted === true,
    shouldBeEncrypted(path, comments, isComment) {
      let encrypted = true;
      if (unencryptedSuffix !== '' && path.some((p) => p.endsWith(unencryptedSuffix))) encrypted = false;
      if (encryptedSuffix !== '') encrypted = path.some((p) => p.endsWith(encryptedSuffix));
      if (unencryptedRegex !== undefined && path.some((p) => unencryptedRegex.test(p))) encrypted = false;
      if (encryptedRegex !== undefined) encrypted = path.some((p) => encryptedRegex.test(p));
      if (unencryptedCommentRegex !== undefined && comments.some((level) => level.some((c) => unencryptedCommentRegex.test(c)))) {
        encrypted = false;
      }
      if (encryptedCommentRegex !== undefined) {
        // The comment line that matches the regex is itself left in clear: skip the newest comment.
        const lastLevel = comments.length - 1;
        encrypted = comments.some((level, i) =>
          level.some((c, j) => !(isComment && i === lastLevel && j === level.length - 1) && encryptedCommentRegex.test(c)),
        );
      }
      return encrypted;
    },
  };
}

function optionalRegExp(pattern: string | undefined): RegExp | undefined {
  return pattern === undefined || pattern === '' ? undefined : goRegExp(pattern);
}
