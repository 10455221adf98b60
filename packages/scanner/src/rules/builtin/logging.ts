// Logging, error tracking and alerting: Sentry, Sumo Logic, Splunk, Logz.io, Mezmo (LogDNA),
// Better Stack (Logtail), Axiom, Rollbar, PagerDuty and Opsgenie. Sentry DSNs carry a public
// client key only and are not reported.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE } from './common';
import { assigned, token, UUID } from './rule-shapes';

/** Sumo Logic's name, case-sensitive as gitleaks reads it, at a word or snake_case start ("consumo" stays out). */
const SUMO_NAME = '(?:\\b|_)(?-i:[Ss]umo|SUMO)';

export const LOGGING_RULES: BuiltinRule[] = [
  token({
    id: 'sentry-user-token',
    description: 'Sentry user auth token (sntryu_ + 64 hex)',
    regex: '\\b(sntryu_[a-f0-9]{64})\\b',
    entropy: 3.5,
    keywords: ['sntryu_'],
    tags: ['sentry', 'error-tracking', 'token'],
    gitleaks: true,
  }),
  token({
    id: 'sentry-org-token',
    description: 'Sentry organization auth token (sntrys_ + base64 JSON claims + _ + 43-character signature)',
    regex: '\\b(sntrys_eyJ[A-Za-z0-9+/]{30,400}={0,2}_[A-Za-z0-9+/]{43})(?:[^A-Za-z0-9+/=_]|$)',
    entropy: 4.5,
    keywords: ['sntrys_'],
    tags: ['sentry', 'error-tracking', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'sentry-access-token',
    description: 'Sentry auth token, old format (64 hex) assigned to a Sentry setting',
    name: 'sentry',
    value: '[a-f0-9]{64}',
    entropy: 3,
    keywords: ['sentry'],
    tags: ['sentry', 'error-tracking', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'sumologic-access-id',
    description: 'Sumo Logic access ID (su + 12 letters and digits) assigned to a Sumo Logic setting',
    name: SUMO_NAME,
    value: 'su[A-Za-z0-9]{12}',
    entropy: 3,
    keywords: ['sumo'],
    tags: ['sumologic', 'logging', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'sumologic-access-token',
    description: 'Sumo Logic access key (64 letters and digits) assigned to a Sumo Logic setting',
    name: SUMO_NAME,
    value: '[A-Za-z0-9]{64}',
    entropy: 3.5,
    keywords: ['sumo'],
    tags: ['sumologic', 'logging', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'splunk-hec-token',
    // An `Authorization: Splunk <token>` header is the http-auth rules' (one leak, one finding).
    description: 'Splunk HTTP Event Collector token (a UUID) assigned to a Splunk token setting',
    name: 'splunk[\\w.-]{0,30}?(?:token|key)',
    value: UUID,
    gap: 10,
    entropy: 3,
    keywords: ['splunk'],
    tags: ['splunk', 'logging', 'token'],
  }),
  assigned({
    id: 'logzio-token',
    description: 'Logz.io shipping token (32 letters) or API token (a UUID) assigned to a Logz.io setting',
    name: 'logz(?:[_.-]?io)?[\\w.-]{0,30}?(?:token|key)',
    value: `(?:[A-Za-z]{32}|${UUID})`,
    gap: 10,
    entropy: 3,
    keywords: ['logz'],
    tags: ['logzio', 'logging', 'token'],
  }),
  assigned({
    id: 'mezmo-ingestion-key',
    description: 'Mezmo (LogDNA) ingestion or service key (32 hex) assigned to a Mezmo / LogDNA setting',
    name: '(?:mezmo|logdna)[\\w.-]{0,30}?(?:key|token)',
    value: '[a-f0-9]{32}',
    gap: 10,
    entropy: 3,
    keywords: ['mezmo', 'logdna'],
    tags: ['mezmo', 'logdna', 'logging', 'key'],
  }),
  assigned({
    id: 'betterstack-token',
    description: 'Better Stack (Logtail) source or API token (24 letters and digits) assigned to a Better Stack / Logtail setting',
    name: '(?:better[_.-]?stack|logtail|betteruptime|better[_.-]uptime)[\\w.-]{0,30}?(?:token|key)',
    value: '[A-Za-z0-9]{24}',
    gap: 10,
    entropy: 3.5,
    keywords: ['betterstack', 'better_stack', 'better-stack', 'logtail', 'betteruptime', 'better_uptime'],
    tags: ['betterstack', 'logging', 'token'],
  }),
  token({
    id: 'axiom-token',
    description: 'Axiom API token (xaat-) or personal token (xapt-) followed by a UUID',
    regex: `\\b(xa[ap]t-${UUID})${END_URLSAFE}`,
    entropy: 3,
    keywords: ['xaat-', 'xapt-'],
    tags: ['axiom', 'logging', 'token'],
  }),
  assigned({
    id: 'rollbar-access-token',
    description: 'Rollbar project or account access token (32 hex) assigned to a Rollbar setting',
    name: 'rollbar[\\w.-]{0,30}?(?:token|key)',
    value: '[a-f0-9]{32}',
    gap: 10,
    entropy: 3,
    keywords: ['rollbar'],
    tags: ['rollbar', 'error-tracking', 'token'],
  }),
  assigned({
    id: 'pagerduty-api-key',
    description: 'PagerDuty REST API key (20 characters) or Events integration / routing key (32 hex) assigned to a PagerDuty setting',
    name: 'pager[_.-]?duty[\\w.-]{0,30}?(?:key|token)',
    value: '(?:[A-Za-z0-9_+-]{20}|[a-f0-9]{32})',
    gap: 10,
    entropy: 3,
    keywords: ['pagerduty', 'pager_duty', 'pager-duty'],
    tags: ['pagerduty', 'alerting', 'key'],
  }),
  assigned({
    id: 'opsgenie-api-key',
    // An `Authorization: GenieKey <key>` header is the http-auth rules' (one leak, one finding).
    description: 'Opsgenie API key (a UUID) assigned to an Opsgenie setting',
    name: 'opsgenie[\\w.-]{0,30}?(?:key|token)',
    value: UUID,
    gap: 10,
    entropy: 3,
    keywords: ['opsgenie'],
    tags: ['opsgenie', 'alerting', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const LOGGING_TOKEN_PREFIXES: string[] = [
  'sntry[us]_',
  'xa[ap]t-',
];
