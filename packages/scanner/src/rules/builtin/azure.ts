// Microsoft Azure: Entra ID (Azure AD) client secrets, storage and Cosmos DB account keys, SAS
// signatures, Service Bus / Event Hubs / IoT shared access keys, Azure's "identifiable" keys
// (a service signature at a fixed place), Common Annotated Security Keys (Azure AI services and
// newer), and Azure OpenAI / AI services keys. Azure DevOps tokens belong to the VCS family.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, PLACEHOLDER_ALLOWLIST } from './common';
import { assigned, token } from './rule-shapes';

/** Name of a setting that holds an Azure storage account key, besides `AccountKey=` in connection strings. */
export const AZURE_KEY_CONTEXT = 'azure[\\w.-]{0,20}?(?:storage|account)[\\w.-]{0,20}?key';

/** Azurite publishes this key for everyone's local emulator (split so it is not one literal). */
const AZURITE_DEV_KEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');

const B64 = '[A-Za-z0-9+/]';

/**
 * Azure's identifiable keys carry their service's signature at a fixed offset (Microsoft's
 * security-utilities): 64-byte keys (storage +ASt, Cosmos DB ACDb, Batch +ABa, API Management
 * APIM, ML classic +AMC), 32-byte keys (Service Bus +ASb, Event Hubs +AEh, Relay +ARm, IoT AIoT,
 * Cache for Redis AzCa) and Container Registry passwords (+ACR).
 */
const IDENTIFIABLE_64 = `${B64}{76}(?:APIM|ACDb|\\+A(?:Ba|MC|St))${B64}{5}[AQgw]==`;
const IDENTIFIABLE_32 = `${B64}{33}(?:AIoT|AzCa|\\+A(?:Sb|Eh|Rm))[A-P]${B64}{5}=`;
const IDENTIFIABLE_ACR = `${B64}{42}\\+ACR[A-D]${B64}{5}`;

/** A Common Annotated Security Key: 52 random base62 characters, the JQQJ9 marker, then its annotations. */
const CASK = '[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}[A-Za-z][A-Za-z0-9]{7}(?:[A-Za-z0-9]{2}==)?';

/** Entra ID client secret characters (URL-unreserved). */
const AAD_CHARS = '[A-Za-z0-9_~.-]';

export const AZURE_RULES: BuiltinRule[] = [
  token({
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) application client secret: 3 characters, a version digit and Q~, then 31-34 characters',
    regex: `(?:^|[^A-Za-z0-9_~.-])(${AAD_CHARS}{3}[0-9]Q~${AAD_CHARS}{31,34})(?:[^A-Za-z0-9_~.-]|$)`,
    entropy: 3,
    keywords: ['q~'],
    tags: ['azure', 'entra', 'cloud', 'oauth'],
    gitleaks: true,
  }),
  {
    id: 'azure-storage-account-key',
    description: 'Azure storage or Cosmos DB account key (64 bytes, base64) in a connection string or account-key setting',
    // A connection string's `AccountKey=`, or a setting (`AccountKey: ...`, `os.environ['AZURE_STORAGE_KEY'] = '...'`).
    // Also typed (`AccountKey: &str =`) and as a fallback literal (`process.env.AZURE_STORAGE_KEY || "..."`).
    regex:
      `(?i)(?:AccountKey|${AZURE_KEY_CONTEXT})["'\\x60]?\\]?\\s{0,5}(?::[ \\t]{0,5}&?[a-z][\\w]{0,15}[ \\t]{0,5}=|\\|\\||\\?\\?|:=|=>|=|:)` +
      `\\s{0,5}["'\\x60]?(${B64}{86}==)${END_BASE64}`,
    secretGroup: 1,
    entropy: 4.5,
    keywords: ['accountkey', 'azure'],
    tags: ['azure', 'cloud', 'key'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      { description: 'the fixed development key of the Azurite storage emulator', regexes: [`^${AZURITE_DEV_KEY}$`] },
      { description: 'identifiable keys, which azure-identifiable-key reports', regexes: [`^${IDENTIFIABLE_64}$`] },
    ],
  },
  {
    id: 'azure-shared-access-key',
    description: 'Azure Service Bus, Event Hubs, Relay or IoT Hub shared access key (32 bytes, base64) in a connection string',
    regex: `(?i)SharedAccessKey\\s{0,5}=\\s{0,5}(?-i:(${B64}{43}=))${END_BASE64}`,
    secretGroup: 1,
    entropy: 4,
    keywords: ['sharedaccesskey'],
    tags: ['azure', 'cloud', 'key'],
    allowlists: [
      PLACEHOLDER_ALLOWLIST,
      { description: 'identifiable keys, which azure-identifiable-key reports', regexes: [`^${IDENTIFIABLE_32}$`] },
    ],
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature: the sig= HMAC of a SAS token (sv=YYYY-MM-DD ... sig=)',
    // sig is a base64 HMAC-SHA256 (43 characters + padding), often percent-encoded in URLs.
    regex: '\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s"\'<>\\x60]{0,400}?\\bsig=((?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))',
    secretGroup: 1,
    entropy: 3.5,
    keywords: ['sig='],
    tags: ['azure', 'cloud', 'token'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
  },
  token({
    id: 'azure-identifiable-key',
    description:
      'Azure identifiable key: storage, Cosmos DB, Batch, API Management, ML, Service Bus, Event Hubs, Relay, IoT, Redis or Container Registry key with its service signature',
    regex: `(?:^|[^A-Za-z0-9+/])(${IDENTIFIABLE_64}|${IDENTIFIABLE_32}|${IDENTIFIABLE_ACR})${END_BASE64}`,
    entropy: 4,
    keywords: ['apim', 'acdb', '+aba', '+amc', '+ast', 'aiot', 'azca', '+asb', '+aeh', '+arm', '+acr'],
    tags: ['azure', 'cloud', 'key'],
  }),
  token({
    id: 'azure-cask-key',
    description: 'Microsoft Common Annotated Security Key (84 or 88 characters with the JQQJ9 marker: Azure AI services, Azure OpenAI and newer Azure keys)',
    regex: `(?:^|[^A-Za-z0-9+/])(${CASK})${END_BASE64}`,
    entropy: 4,
    keywords: ['jqqj9'],
    tags: ['azure', 'openai', 'cloud', 'key'],
  }),
  assigned({
    id: 'azure-openai-api-key',
    description: 'Azure OpenAI or Azure AI services (Cognitive Services) key, 32 hex, assigned to an Azure OpenAI / AI services setting',
    name: '(?:azure[_.-]?(?:openai|oai|ai|cognitive|speech|translator|vision|language)|openai[_.-]?azure|cognitive[_.-]?services?)',
    value: '[a-fA-F0-9]{32}',
    gap: 30,
    entropy: 3,
    keywords: ['azure', 'cognitive'],
    tags: ['azure', 'openai', 'ai', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const AZURE_TOKEN_PREFIXES: string[] = [
  `${AAD_CHARS}{3}[0-9]Q~`,
  `(?:${IDENTIFIABLE_64}|${IDENTIFIABLE_32}|${IDENTIFIABLE_ACR}|${CASK})$`,
];
