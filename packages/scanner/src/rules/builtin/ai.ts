// AI model APIs: OpenAI (Codex included), Anthropic, Zhipu, Cohere, Perplexity, Private AI, Groq,
// Mistral, DeepSeek, xAI, OpenRouter, Together, Fireworks, Cerebras, NVIDIA, Moonshot (Kimi), and
// Gemini's AQ. keys (its AIza keys are Google API keys: cloud.ts). Model hubs, vector stores and
// voice APIs are in ai-platforms.ts.
import type { BuiltinRule } from './builtin-rule';
import { ASSIGN, END_URLSAFE, PLACEHOLDER_ALLOWLIST } from './common';
import { alnum, hex, named, prefixed, urlsafe } from './token-shapes';

/** Setting names that mark a Zhipu (BigModel / GLM / Z.ai) key, whose format has no prefix of its own. */
export const ZHIPU_CONTEXT = '(?:zhipu|bigmodel|chatglm|glm|z_?ai)';

/** Anthropic keys: `sk-ant-<kind><2-digit version>-`, 93 base64url characters, then `AA`. */
function anthropic(id: string, kind: string, what: string): BuiltinRule {
  return {
    id,
    description: `Anthropic ${what} (sk-ant-${kind}NN-, 93 characters then AA)`,
    regex: `\\b(sk-ant-${kind}\\d{2}-[A-Za-z0-9_-]{93}AA)${END_URLSAFE}`,
    secretGroup: 1,
    entropy: 4,
    keywords: [`sk-ant-${kind}`],
    tags: ['anthropic', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: id, betterleaks: id },
  };
}

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
    equivalents: { gitleaks: 'openai-api-key', betterleaks: 'openai-api-key' },
  },
  anthropic('anthropic-api-key', 'api', 'API key'),
  anthropic('anthropic-admin-api-key', 'admin', 'Admin API key'),
  {
    id: 'zhipu-api-key',
    description: 'Zhipu AI (BigModel / GLM / Z.ai) API key, "<32-hex id>.<16-character secret>", in a Zhipu setting',
    regex: `(?i)${ZHIPU_CONTEXT}[\\w.-]{0,30}?${ASSIGN}([0-9a-f]{32}\\.[A-Za-z0-9]{16})\\b`,
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['zhipu', 'bigmodel', 'glm', 'zai', 'z_ai'],
    tags: ['zhipu', 'ai', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { betterleaks: 'zai-api-key' },
  },
  named({
    id: 'cohere-api-token',
    description: 'Cohere API key (40 letters and digits) in a Cohere setting (COHERE_API_KEY, CO_API_KEY)',
    names: ['cohere', 'co_api_key'],
    value: alnum(40),
    entropy: 3.5,
    keywords: ['cohere', 'co_api_key'],
    tags: ['cohere', 'ai', 'key'],
    equivalents: { gitleaks: 'cohere-api-token', betterleaks: 'cohere-api-token' },
  }),
  prefixed({
    id: 'perplexity-api-key',
    description: 'Perplexity API key (pplx- + 48 letters and digits)',
    token: `pplx-${alnum(48)}`,
    entropy: 3.5,
    keywords: ['pplx-'],
    tags: ['perplexity', 'ai', 'key'],
    equivalents: { gitleaks: 'perplexity-api-key', betterleaks: 'perplexity-api-key' },
  }),
  named({
    id: 'privateai-api-token',
    description: 'Private AI API key (32 lower-case letters and digits) in a Private AI setting',
    names: ['private[_-]?ai'],
    value: '[a-z0-9]{32}',
    entropy: 3,
    keywords: ['privateai', 'private_ai', 'private-ai'],
    tags: ['privateai', 'ai', 'key'],
    equivalents: { gitleaks: 'privateai-api-token', betterleaks: 'privateai-api-token' },
  }),
  prefixed({
    id: 'groq-api-key',
    description: 'Groq API key (gsk_ + 52 letters and digits)',
    token: `gsk_${alnum(52)}`,
    entropy: 3.5,
    keywords: ['gsk_'],
    tags: ['groq', 'ai', 'key'],
    equivalents: { betterleaks: 'groq-api-key' },
  }),
  named({
    id: 'mistral-api-key',
    description: 'Mistral AI API key (32 letters and digits) in a Mistral setting',
    names: ['mistral'],
    value: alnum(32),
    entropy: 3.5,
    keywords: ['mistral'],
    tags: ['mistral', 'ai', 'key'],
    equivalents: { betterleaks: 'mistral-api-key' },
  }),
  named({
    id: 'deepseek-api-key',
    description: 'DeepSeek API key (sk- + 32 hex) in a DeepSeek setting',
    names: ['deepseek'],
    value: `sk-${hex(32)}`,
    entropy: 3,
    keywords: ['deepseek'],
    tags: ['deepseek', 'ai', 'key'],
    equivalents: { betterleaks: 'deepseek-api-key' },
  }),
  prefixed({
    id: 'xai-api-key',
    description: 'xAI (Grok) API key (xai- + 80 letters and digits; up to 120 base64url characters accepted)',
    token: `xai-${urlsafe('70,120')}`,
    entropy: 4,
    keywords: ['xai-'],
    tags: ['xai', 'grok', 'ai', 'key'],
    equivalents: { betterleaks: 'xai-api-key' },
  }),
  prefixed({
    id: 'openrouter-api-key',
    description: 'OpenRouter API key (sk-or-v1- + 64 hex)',
    token: 'sk-or-v1-[a-fA-F0-9]{64}',
    entropy: 3,
    keywords: ['sk-or-v1-'],
    tags: ['openrouter', 'ai', 'key'],
    equivalents: { betterleaks: 'openrouter-api-key' },
  }),
  named({
    id: 'togetherai-api-key',
    description: 'Together AI API key (tgp_v1_ + 43 base64url characters; legacy keys: 64 hex in a Together setting)',
    names: ['together[_.-]?(?:ai|xyz)?[_.-]?(?:api)?[_.-]?(?:key|token)'],
    value: hex(64),
    prefixedValue: `tgp_v1_${urlsafe(43)}`,
    entropy: 3.5,
    keywords: ['tgp_v1_', 'together'],
    tags: ['together', 'ai', 'key'],
    equivalents: { betterleaks: 'togetherai-api-key' },
  }),
  prefixed({
    id: 'fireworks-api-key',
    description: 'Fireworks AI API key (fw_ + 24 letters and digits)',
    token: `fw_${alnum(24)}`,
    entropy: 3.5,
    keywords: ['fw_'],
    tags: ['fireworks', 'ai', 'key'],
  }),
  prefixed({
    id: 'cerebras-api-key',
    description: 'Cerebras inference API key (csk- + 48 letters and digits)',
    token: `csk-${alnum(48)}`,
    entropy: 3.5,
    keywords: ['csk-'],
    tags: ['cerebras', 'ai', 'key'],
    equivalents: { betterleaks: 'cerebras-api-key' },
  }),
  prefixed({
    id: 'nvidia-api-key',
    description: 'NVIDIA NIM / NGC API key (nvapi- + 64 base64url characters)',
    token: `nvapi-${urlsafe('60,70')}`,
    entropy: 4,
    keywords: ['nvapi-'],
    tags: ['nvidia', 'ai', 'key'],
    equivalents: { betterleaks: 'nvidia-api-key' },
  }),
  prefixed({
    id: 'gemini-api-key',
    description: 'Google Gemini API key in its AQ. form (AQ.Ab8RN6 + 44 base64url characters); AIza keys are gcp-api-key',
    token: `AQ\\.Ab8RN6${urlsafe(44)}`,
    entropy: 4,
    keywords: ['aq.ab8rn6'],
    tags: ['google', 'gemini', 'ai', 'key'],
    equivalents: { betterleaks: 'gcp-gemini-api' },
  }),
  named({
    id: 'kimi-api-key',
    description: 'Moonshot AI (Kimi) API key (sk- + 48 base64url characters) in a Kimi or Moonshot setting',
    names: ['kimi', 'moonshot'],
    value: `sk-${urlsafe(48)}`,
    entropy: 3.5,
    keywords: ['kimi', 'moonshot'],
    tags: ['moonshot', 'kimi', 'ai', 'key'],
    equivalents: { betterleaks: 'kimi-api-key' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const AI_TOKEN_PREFIXES: string[] = [
  'sk-(?:proj|svcacct|admin|None|ant)-',
  '[\\w-]*T3BlbkFJ',
  'pplx-',
  'gsk_',
  'xai-',
  'sk-or-v1-',
  'tgp_v1_',
  'fw_[A-Za-z0-9]+$',
  'csk-',
  'nvapi-',
  'AQ\\.Ab8RN6',
];
