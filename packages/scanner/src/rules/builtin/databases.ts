// Databases and data platforms as a service: PlanetScale, Supabase, Neon, MongoDB Atlas,
// ClickHouse Cloud, Databricks, Confluent Cloud (Kafka), Upstash and Elastic. Connection URLs
// with a password (postgres://user:pass@host) are the generic url-credentials rule's.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, END_URLSAFE } from './common';
import { assigned, SETTING_ASSIGN, token, UUID } from './rule-shapes';

/** PlanetScale's tokens: `pscale_<kind>_` then 32 to 64 characters. */
function planetscale(id: string, kind: string, what: string): BuiltinRule {
  return token({
    id,
    description: `PlanetScale ${what} (pscale_${kind}_ + 32 to 64 characters)`,
    regex: `\\b(pscale_${kind}_[A-Za-z0-9_=.-]{32,64})${END_URLSAFE}`,
    entropy: 3,
    keywords: [`pscale_${kind}_`],
    tags: ['planetscale', 'database', 'token'],
    gitleaks: true,
  });
}

/** The Supabase CLI's published local-development secret key (split so it is not one literal). */
const SUPABASE_LOCAL_SECRET_KEY = ['^sb_secret_', 'N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz$'].join('');

export const DATABASE_RULES: BuiltinRule[] = [
  planetscale('planetscale-api-token', 'tkn', 'service token'),
  planetscale('planetscale-oauth-token', 'oauth', 'OAuth token'),
  planetscale('planetscale-password', 'pw', 'database password'),
  token({
    id: 'supabase-access-token',
    description: 'Supabase personal access or OAuth token (sbp_ / sbp_oauth_ + 40 characters)',
    regex: '\\b(sbp_(?:oauth_)?[a-z0-9]{40})\\b',
    entropy: 3,
    keywords: ['sbp_'],
    tags: ['supabase', 'database', 'token'],
  }),
  token({
    id: 'supabase-secret-key',
    description: 'Supabase secret API key (sb_secret_ + 31 characters); the JWT service_role key is the jwt rule\'s',
    regex: `\\b(sb_secret_[A-Za-z0-9_-]{31})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['sb_secret_'],
    tags: ['supabase', 'database', 'key'],
    allowlists: [{ description: "the Supabase CLI's local development key", regexes: [SUPABASE_LOCAL_SECRET_KEY] }],
  }),
  token({
    id: 'neon-api-key',
    description: 'Neon (serverless Postgres) API key (napi_ + 32 to 128 letters and digits)',
    regex: '\\b(napi_[A-Za-z0-9]{32,128})\\b',
    entropy: 4,
    keywords: ['napi_'],
    tags: ['neon', 'database', 'key'],
  }),
  token({
    id: 'mongodb-atlas-service-account-secret',
    description: 'MongoDB Atlas service account client secret (mdb_sa_sk_ + 40 characters)',
    regex: `\\b(mdb_sa_sk_[A-Za-z0-9_-]{40})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['mdb_sa_sk_'],
    tags: ['mongodb', 'atlas', 'database', 'key'],
  }),
  assigned({
    id: 'mongodb-atlas-api-private-key',
    description: 'MongoDB Atlas programmatic API private key (a UUID) assigned to an Atlas private-key setting',
    name: '(?:mongodb|atlas)[\\w.-]{0,30}?private[_.-]?(?:api[_.-]?)?key',
    value: UUID,
    gap: 10,
    entropy: 3,
    keywords: ['atlas', 'mongodb'],
    tags: ['mongodb', 'atlas', 'database', 'key'],
  }),
  token({
    id: 'clickhouse-cloud-api-secret-key',
    description: 'ClickHouse Cloud API secret key (4b1d + 38 letters and digits)',
    // Base62 secrets score above 4.1 where a 42-character hex string (a hash) cannot reach 4.
    regex: '\\b(4b1d[A-Za-z0-9]{38})\\b',
    entropy: 4.1,
    keywords: ['4b1d'],
    tags: ['clickhouse', 'database', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'databricks-api-token',
    description: 'Databricks personal access token (dapi + 32 hex, optionally -<digit>)',
    regex: `\\b(dapi[a-f0-9]{32}(?:-[0-9])?)${END_URLSAFE}`,
    entropy: 3,
    keywords: ['dapi'],
    tags: ['databricks', 'data', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'confluent-access-token',
    description: 'Confluent Cloud API key (16 upper-case letters and digits, the id half of a key pair) assigned to a Confluent setting',
    name: 'confluent',
    value: '[A-Z0-9]{16}',
    entropy: 3,
    keywords: ['confluent'],
    tags: ['confluent', 'kafka', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'confluent-secret-key',
    description: 'Confluent Cloud API secret (64 base64 characters) assigned to a Confluent setting',
    name: 'confluent',
    value: '[A-Za-z0-9+/]{64}',
    entropy: 4,
    keywords: ['confluent'],
    tags: ['confluent', 'kafka', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'upstash-api-token',
    description: 'Upstash Redis REST / QStash token or management API key assigned to an Upstash setting',
    name: 'upstash[\\w.-]{0,30}?(?:token|key|password)',
    value: `(?:${UUID}|[A-Za-z0-9_-]{40,200}={0,2})`,
    gap: 10,
    entropy: 3,
    keywords: ['upstash'],
    tags: ['upstash', 'redis', 'database', 'token'],
  }),
  token({
    id: 'elastic-api-key',
    // An `Authorization: ApiKey <key>` header is the http-auth rules' (one leak, one finding).
    description: 'Elasticsearch / Elastic Cloud API key (base64 of id:key) assigned to an Elastic API-key setting',
    regex: `(?i)elastic[\\w.-]{0,30}?(?:api[_.-]?key|token)[\\w \\t.-]{0,10}?${SETTING_ASSIGN}(?-i:([A-Za-z0-9+/]{56,100}={0,2}))${END_BASE64}`,
    entropy: 4,
    keywords: ['elastic'],
    tags: ['elastic', 'elasticsearch', 'database', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const DATABASE_TOKEN_PREFIXES: string[] = [
  'pscale_(?:tkn|oauth|pw)_',
  'sbp_',
  'sb_secret_',
  'napi_',
  'mdb_sa_sk_',
  '4b1d[A-Za-z0-9]{38}$',
  'dapi[a-f0-9]{32}',
];
