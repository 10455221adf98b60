// What a baseline we write tells detect-secrets, which reads `plugins_used` and `filters_used` as
// the settings to scan with whenever the file is given to it (`detect-secrets-hook --baseline`,
// `detect-secrets scan --baseline`). Our findings come from our own rules, which are no
// detect-secrets plugins, so the file says what detect-secrets should run by itself: its default
// plugins and filters of version 1.5.0. Naming none would not be neutral (detect-secrets scans
// with exactly the plugins a baseline lists, so an empty list runs none), and naming our rules
// would make it refuse the file (it loads plugins by class name and filters by import path).

/** The baseline format version written: detect-secrets upgrades older files by it. */
export const DETECT_SECRETS_VERSION = '1.5.0';

const DEFAULT_PLUGIN_NAMES = [
  'ArtifactoryDetector',
  'AWSKeyDetector',
  'AzureStorageKeyDetector',
  'Base64HighEntropyString',
  'BasicAuthDetector',
  'CloudantDetector',
  'DiscordBotTokenDetector',
  'GitHubTokenDetector',
  'GitLabTokenDetector',
  'HexHighEntropyString',
  'IbmCloudIamDetector',
  'IbmCosHmacDetector',
  'IPPublicDetector',
  'JwtTokenDetector',
  'KeywordDetector',
  'MailchimpDetector',
  'NpmDetector',
  'OpenAIDetector',
  'PrivateKeyDetector',
  'PypiTokenDetector',
  'SendGridDetector',
  'SlackDetector',
  'SoftlayerDetector',
  'SquareOAuthDetector',
  'StripeDetector',
  'TelegramBotTokenDetector',
  'TwilioKeyDetector',
] as const;

/** The entropy plugins' default limits; the other plugins take no settings. */
const PLUGIN_SETTINGS: Record<string, Record<string, unknown>> = {
  Base64HighEntropyString: { limit: 4.5 },
  HexHighEntropyString: { limit: 3.0 },
};

/** detect-secrets' default plugins, as `detect-secrets scan` lists them in a new baseline. */
export function defaultPluginsUsed(): Array<Record<string, unknown>> {
  return DEFAULT_PLUGIN_NAMES.map((name) => ({ name, ...PLUGIN_SETTINGS[name] }));
}

/**
 * detect-secrets' default filters (the heuristics it turns on for a new baseline); the ones it
 * always applies (allowlist comments, invalid and non-text files) are never written, as it does.
 */
export function defaultFiltersUsed(): Array<Record<string, unknown>> {
  return [
    { path: 'detect_secrets.filters.common.is_ignored_due_to_verification_policies', min_level: 2 },
    ...[
      'is_indirect_reference',
      'is_likely_id_string',
      'is_lock_file',
      'is_not_alphanumeric_string',
      'is_potential_uuid',
      'is_prefixed_with_dollar_sign',
      'is_sequential_string',
      'is_swagger_file',
      'is_templated_secret',
    ].map((name) => ({ path: `detect_secrets.filters.heuristic.${name}` })),
  ];
}
