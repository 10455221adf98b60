// Metrics, APM and tracing: Datadog, Dynatrace, Grafana (Cloud), New Relic, Honeycomb and
// Lightstep. Logging, error tracking and alerting services are logging.ts.
import type { BuiltinRule } from './builtin-rule';
import { END_BASE64, END_URLSAFE } from './common';
import { assigned, token } from './rule-shapes';

/** Setting names of Datadog credentials: anything naming Datadog, and the agent's DD_* variables. */
const DATADOG = (kind: string): string => `(?:datadog[\\w.-]{0,30}?|\\bdd[_.-]?)${kind}`;

/** New Relic's prefixed keys: `NRxx-` then the key. */
function newRelic(id: string, prefix: string, body: string, what: string): BuiltinRule {
  return token({
    id,
    description: `New Relic ${what} (${prefix}-...)`,
    regex: `\\b(${prefix}-${body})${END_URLSAFE}`,
    entropy: 3,
    keywords: [`${prefix.toLowerCase()}-`],
    tags: ['newrelic', 'observability', 'key'],
    gitleaks: true,
  });
}

export const OBSERVABILITY_RULES: BuiltinRule[] = [
  assigned({
    id: 'datadog-access-token',
    description: 'Datadog application key (40 characters, hex in practice) assigned to a Datadog / DD_APP_KEY setting',
    name: DATADOG('(?:app(?:lication)?[_.-]?key|access[_.-]?token|key|token)'),
    value: '[A-Za-z0-9]{40}',
    gap: 10,
    entropy: 3,
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    tags: ['datadog', 'observability', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'datadog-api-key',
    description: 'Datadog API key (32 hex) assigned to a Datadog / DD_API_KEY setting',
    name: DATADOG('(?:api[_.-]?key|key)'),
    value: '[a-f0-9]{32}',
    gap: 10,
    entropy: 3,
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    tags: ['datadog', 'observability', 'key'],
  }),
  token({
    id: 'dynatrace-api-token',
    description:
      'Dynatrace API, personal access or platform token or OAuth client secret (dt0<kind><2 digits>.<public id>.<64-character secret>, upper case)',
    // Dynatrace issues both portions in upper-case letters and digits (24-character public part,
    // 8 for OAuth clients); a lower-case body is something else.
    regex: '\\b(dt0[a-z][0-9]{2}\\.[A-Z0-9]{8,64}\\.[A-Z0-9]{64})\\b',
    entropy: 4,
    keywords: ['dt0'],
    tags: ['dynatrace', 'observability', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'grafana-api-key',
    description: 'Grafana API key, legacy format (eyJrIjoi..., base64 of {"k":...})',
    regex: `\\b(eyJrIjoi[A-Za-z0-9+/]{70,400}={0,3})${END_BASE64}`,
    entropy: 3.5,
    keywords: ['eyjrijoi'],
    tags: ['grafana', 'observability', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'grafana-cloud-api-token',
    description: 'Grafana Cloud access policy / API token (glc_ + base64)',
    regex: `\\b(glc_[A-Za-z0-9+/]{32,400}={0,3})${END_BASE64}`,
    entropy: 3.5,
    keywords: ['glc_'],
    tags: ['grafana', 'observability', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'grafana-service-account-token',
    description: 'Grafana service account token (glsa_ + 32 letters and digits + _ + 8 hex checksum)',
    regex: '\\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})\\b',
    entropy: 3.5,
    keywords: ['glsa_'],
    tags: ['grafana', 'observability', 'token'],
    gitleaks: true,
  }),
  // User keys are 27 upper-case letters and digits after the prefix.
  newRelic('new-relic-user-api-key', 'NRAK', '[A-Z0-9]{27}', 'user API key'),
  newRelic('new-relic-insert-key', 'NRII', '[A-Za-z0-9_-]{32}', 'Insights insert key'),
  newRelic('new-relic-browser-api-token', 'NRJS', '[a-f0-9]{19}', 'browser ingest key'),
  token({
    id: 'new-relic-api-key',
    description: 'New Relic admin, Insights query or REST API key (NRAA-, NRIQ-, NRRA-)',
    regex: `\\b(NR(?:AA|IQ|RA)-[A-Za-z0-9_-]{27,40})${END_URLSAFE}`,
    entropy: 3,
    keywords: ['nraa-', 'nriq-', 'nrra-'],
    tags: ['newrelic', 'observability', 'key'],
  }),
  token({
    id: 'new-relic-license-key',
    description: 'New Relic license (ingest) key (36 hex + NRAL)',
    regex: '\\b([a-f0-9]{36}NRAL)\\b',
    entropy: 3,
    keywords: ['nral'],
    tags: ['newrelic', 'observability', 'key'],
  }),
  assigned({
    id: 'new-relic-user-api-id',
    description: 'New Relic user API ID or legacy key (64 letters and digits) assigned to a New Relic setting',
    name: 'new[_.-]?relic',
    value: '[A-Za-z0-9]{64}',
    entropy: 4,
    keywords: ['newrelic', 'new_relic', 'new-relic'],
    tags: ['newrelic', 'observability', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'honeycomb-api-key',
    description: 'Honeycomb ingest key (hcaik_ classic, hcxik_ environment: 6 + 58 characters)',
    regex: '\\b(hc[ax]ik_[A-Za-z0-9]{58})\\b',
    entropy: 3.5,
    keywords: ['hcaik_', 'hcxik_'],
    tags: ['honeycomb', 'observability', 'key'],
  }),
  assigned({
    id: 'honeycomb-legacy-api-key',
    description: 'Honeycomb API key without prefix (32 hex classic, 22-character configuration key) assigned to a Honeycomb setting',
    name: 'honeycomb[\\w.-]{0,30}?(?:key|team|token)',
    value: '(?:[a-f0-9]{32}|[A-Za-z0-9]{22})',
    gap: 10,
    entropy: 3,
    keywords: ['honeycomb'],
    tags: ['honeycomb', 'observability', 'key'],
  }),
  assigned({
    id: 'lightstep-access-token',
    description: 'Lightstep (ServiceNow Cloud Observability) access token assigned to a Lightstep setting',
    name: 'lightstep[\\w.-]{0,30}?(?:token|key)',
    value: '[A-Za-z0-9+/]{32,200}={0,2}',
    gap: 10,
    entropy: 4,
    keywords: ['lightstep'],
    tags: ['lightstep', 'observability', 'token'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const OBSERVABILITY_TOKEN_PREFIXES: string[] = [
  'dt0[a-z][0-9]{2}\\.',
  'eyJrIjoi',
  'glc_',
  'glsa_',
  'NR(?:AK|II|JS|AA|IQ|RA)-',
  '[a-f0-9]{36}NRAL$',
  'hc[ax]ik_',
];
