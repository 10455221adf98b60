// AI model providers: OpenAI (Codex included), Anthropic, Zhipu. Gemini keys are Google API keys (cloud.ts).
import type { BuiltinRule } from './builtin-rule';
import { ASSIGN, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';

/** Setting names that mark a Zhipu (BigModel / GLM / Z.ai) key, whose format has no prefix of its own. */
export const ZHIPU_CONTEXT = '(?:zhipu|bigmodel|chatglm|glm|z_?ai)';

export const AI_RULES: BuiltinRule[] = [
  {
    id: 'openai-api-key',
    description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, sk-None-, legacy sk-...T3BlbkFJ...)',
    // `T3BlbkFJ` is base64 of "OpenAI" and sits inside every key issued so far; long prefixed
    // keys without it are accepted too, so a format change does not silently blind the rule.
    regex:
      '\\b(sk-(?:(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200}' +
      `|(?:proj|svcacct|admin)-[A-Za-z0-9_-]{100,250}))${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['t3blbkfj', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'],
    tags: ['openai', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'anthropic-api-key',
    description: 'Anthropic API key (sk-ant-api03-, 93 characters then AA)',
    regex: `\\b(sk-ant-api\\d{2}-[A-Za-z0-9_-]{93}AA)${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['sk-ant-api'],
    tags: ['anthropic', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'anthropic-admin-key',
    description: 'Anthropic Admin API key (sk-ant-admin01-, 93 characters then AA)',
    regex: `\\b(sk-ant-admin\\d{2}-[A-Za-z0-9_-]{93}AA)${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['sk-ant-admin'],
    tags: ['anthropic', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  {
    id: 'zhipu-api-key',
    description: 'Zhipu AI (BigModel / GLM) API key, "<32-hex id>.<16-character secret>", in a Zhipu setting',
    regex: `(?i)${ZHIPU_CONTEXT}[\\w.-]{0,30}?${ASSIGN}([0-9a-f]{32}\\.[A-Za-z0-9]{16})\\b`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['zhipu', 'bigmodel', 'glm', 'zai', 'z_ai'],
    tags: ['zhipu', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const AI_TOKEN_PREFIXES: string[] = [
  'sk-(?:proj|svcacct|admin|None|ant)-',
  '[\\w-]*T3BlbkFJ',
];
