// E-mail delivery and marketing: SendGrid, Brevo (Sendinblue), Mailchimp and Mandrill, Mailgun,
// Mailjet, Postmark, SparkPost, Resend, MailerSend, Klaviyo.
import type { BuiltinRule } from './builtin-rule';
import { PLACEHOLDER_ALLOWLIST } from './common';
import { hex, NAME_TO_VALUE, named, prefixed, urlsafe, UUID, VALUE_END } from './token-shapes';

/** Mailgun's current API and webhook signing keys share one shape: 32 hex, 8 hex, 8 hex. */
const MAILGUN_KEY = `${hex(32)}-${hex(8)}-${hex(8)}`;

/** Mailgun setting names that say the 32-8-8 value is the account's API key, not a webhook signing key. */
const MAILGUN_API_KEY_NAME = 'mailgun[\\w.-]{0,20}?(?:api[_.-]?key|apikey|private|sending)';

export const EMAIL_RULES: BuiltinRule[] = [
  prefixed({
    id: 'sendgrid-api-token',
    description: 'SendGrid API key (SG.<22 base64url>.<43 base64url>)',
    token: `SG\\.${urlsafe(22)}\\.${urlsafe(43)}`,
    entropy: 4,
    keywords: ['sg.'],
    tags: ['sendgrid', 'email', 'key'],
    equivalents: { gitleaks: 'sendgrid-api-token', betterleaks: 'sendgrid-api-token' },
  }),
  prefixed({
    id: 'sendinblue-api-token',
    description: 'Brevo (Sendinblue) API key (xkeysib- + 64 hex + - + 16 alphanumerics)',
    token: `xkeysib-${hex(64)}-[A-Za-z0-9]{16}`,
    entropy: 3.5,
    keywords: ['xkeysib-'],
    tags: ['brevo', 'sendinblue', 'email', 'key'],
    equivalents: { gitleaks: 'sendinblue-api-token', betterleaks: 'sendinblue-api-token' },
  }),
  prefixed({
    id: 'brevo-smtp-key',
    description: 'Brevo (Sendinblue) SMTP key (xsmtpsib- + 64 hex + - + 16 alphanumerics)',
    token: `xsmtpsib-${hex(64)}-[A-Za-z0-9]{16}`,
    entropy: 3.5,
    keywords: ['xsmtpsib-'],
    tags: ['brevo', 'sendinblue', 'email', 'smtp'],
  }),
  prefixed({
    id: 'mailchimp-api-key',
    description: 'Mailchimp Marketing API key (32 hex + -us<datacenter>)',
    token: `${hex(32)}-us\\d{1,2}`,
    end: '\\b',
    entropy: 3,
    keywords: ['-us'],
    tags: ['mailchimp', 'email', 'key'],
    equivalents: { gitleaks: 'mailchimp-api-key', betterleaks: 'mailchimp-api-key' },
  }),
  prefixed({
    id: 'mandrill-api-key',
    description: 'Mailchimp Transactional (Mandrill) API key (md- + 22 base64url characters)',
    token: `md-${urlsafe(22)}`,
    entropy: 3.5,
    keywords: ['md-'],
    tags: ['mandrill', 'mailchimp', 'email', 'key'],
    // CSS and component class names (md-primary-button-outline) have the same shape.
    allowlists: [{ description: 'dashed lower-case words', regexes: ['^md-[a-z_-]+$'] }],
  }),
  {
    id: 'mailgun-private-api-token',
    description: 'Mailgun private API key: key- + 32 hex in a Mailgun setting, or 32-8-8 hex in a Mailgun API key setting',
    regex:
      `(?i:mailgun)${NAME_TO_VALUE}(key-${hex(32)})${VALUE_END}` +
      `|(?i:${MAILGUN_API_KEY_NAME})${NAME_TO_VALUE}(${MAILGUN_KEY})${VALUE_END}`,
    entropy: 3,
    keywords: ['mailgun'],
    tags: ['mailgun', 'email', 'key'],
    allowlists: [PLACEHOLDER_ALLOWLIST],
    equivalents: { gitleaks: 'mailgun-private-api-token', betterleaks: 'mailgun-private-api-token' },
  },
  prefixed({
    id: 'mailgun-pub-key',
    description: 'Mailgun public validation key (pubkey- + 32 hex)',
    token: `pubkey-${hex(32)}`,
    entropy: 3,
    keywords: ['pubkey-'],
    tags: ['mailgun', 'email', 'key'],
    equivalents: { gitleaks: 'mailgun-pub-key', betterleaks: 'mailgun-pub-key' },
  }),
  named({
    id: 'mailgun-signing-key',
    description: 'Mailgun webhook signing key (32 hex - 8 hex - 8 hex) in a Mailgun setting other than an API key',
    names: ['mailgun'],
    value: MAILGUN_KEY,
    entropy: 3,
    keywords: ['mailgun'],
    tags: ['mailgun', 'email', 'webhook'],
    allowlists: [{ description: 'API key settings, reported as mailgun-private-api-token', regexTarget: 'match', regexes: [`(?i)${MAILGUN_API_KEY_NAME}`] }],
    equivalents: { gitleaks: 'mailgun-signing-key', betterleaks: 'mailgun-signing-key' },
  }),
  named({
    id: 'mailjet-secret-key',
    description: 'Mailjet API secret key (32 hex) in a Mailjet secret setting or MJ_APIKEY_PRIVATE',
    names: ['mailjet[\\w.-]{0,20}?(?:secret|private)', 'mj[_.-]?apikey[_.-]?private'],
    value: hex(32),
    entropy: 3,
    keywords: ['mailjet', 'mj_apikey', 'mj-apikey', 'mjapikey'],
    tags: ['mailjet', 'email', 'key'],
  }),
  named({
    id: 'postmark-api-token',
    description: 'Postmark server or account API token (UUID) in a Postmark token setting or X-Postmark-Server-Token header',
    names: ['postmark[\\w.-]{0,20}?(?:token|key|secret)'],
    value: UUID,
    entropy: 3,
    keywords: ['postmark'],
    tags: ['postmark', 'email', 'token'],
  }),
  named({
    id: 'sparkpost-api-key',
    description: 'SparkPost API key (40 hex) in a SparkPost setting',
    names: ['spark[_.-]?post'],
    value: hex(40),
    entropy: 3,
    keywords: ['sparkpost', 'spark_post', 'spark-post', 'spark.post'],
    tags: ['sparkpost', 'email', 'key'],
  }),
  prefixed({
    id: 'resend-api-key',
    description: 'Resend API key (re_ + 8 alphanumerics + _ + 24 alphanumerics)',
    token: 're_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    entropy: 3.5,
    keywords: ['re_'],
    tags: ['resend', 'email', 'key'],
  }),
  prefixed({
    id: 'mailersend-api-token',
    description: 'MailerSend API token (mlsn. + 64 hex)',
    token: `mlsn\\.${hex(64)}`,
    entropy: 3.5,
    keywords: ['mlsn.'],
    tags: ['mailersend', 'email', 'token'],
  }),
  named({
    id: 'klaviyo-api-key',
    description: 'Klaviyo private API key (pk_ + 34 hex anywhere, or pk_ + 34 alphanumerics in a Klaviyo setting); the 6-character site id is public',
    names: ['klaviyo'],
    value: 'pk_[A-Za-z0-9]{34}',
    prefixedValue: `pk_${hex(34)}`,
    entropy: 3.5,
    keywords: ['klaviyo', 'pk_'],
    tags: ['klaviyo', 'email', 'key'],
    equivalents: { betterleaks: 'klaviyo-api-key' },
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const EMAIL_TOKEN_PREFIXES: string[] = [
  'SG\\.',
  'xkeysib-',
  'xsmtpsib-',
  `${hex(32)}-us\\d`,
  'md-[A-Za-z0-9_-]{22}$',
  `key-${hex(32)}$`,
  `${MAILGUN_KEY}$`,
  'pubkey-',
  're_[A-Za-z0-9]{8}_',
  'mlsn\\.',
  `pk_${hex(34)}$`,
];
