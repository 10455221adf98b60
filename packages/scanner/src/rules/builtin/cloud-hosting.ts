// Cloud and hosting providers besides AWS, Azure and Google: Alibaba Cloud, Yandex Cloud,
// DigitalOcean, Linode (Akamai), Vultr, Hetzner Cloud, Scaleway, OVHcloud and IBM Cloud.
import type { BuiltinRule } from './builtin-rule';
import { END_URLSAFE } from './common';
import { assigned, token, UUID } from './rule-shapes';

/** DigitalOcean's tokens: a kind prefix, `v1_`, then 64 hex. */
function digitalocean(id: string, prefix: string, what: string): BuiltinRule {
  return token({
    id,
    description: `DigitalOcean ${what} (${prefix}_v1_ + 64 hex)`,
    regex: `\\b(${prefix}_v1_[a-f0-9]{64})${END_URLSAFE}`,
    entropy: 3,
    keywords: [`${prefix}_v1_`],
    tags: ['digitalocean', 'cloud', 'token'],
    gitleaks: true,
  });
}

export const CLOUD_HOSTING_RULES: BuiltinRule[] = [
  token({
    id: 'alibaba-access-key-id',
    description: 'Alibaba Cloud AccessKey ID (LTAI + 12 to 20 letters and digits), the identifier paired with an AccessKey secret',
    regex: '\\b(LTAI[A-Za-z0-9]{12,20})\\b',
    entropy: 3,
    keywords: ['ltai'],
    tags: ['alibaba', 'cloud', 'key'],
    gitleaks: true,
  }),
  assigned({
    id: 'alibaba-secret-key',
    description: 'Alibaba Cloud AccessKey secret (30 letters and digits) assigned to an Alibaba / Aliyun setting or an accessKeySecret',
    name: '(?:alibaba|aliyun|alicloud|access[_.-]?key[_.-]?secret)',
    value: '[A-Za-z0-9]{30}',
    entropy: 3.5,
    keywords: ['alibaba', 'aliyun', 'alicloud', 'accesskeysecret', 'access_key_secret', 'access-key-secret'],
    tags: ['alibaba', 'cloud', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'yandex-api-key',
    description: 'Yandex Cloud API key (AQVN + 35 to 38 base64url characters)',
    regex: `\\b(AQVN[A-Za-z0-9_-]{35,38})${END_URLSAFE}`,
    entropy: 3.5,
    keywords: ['aqvn'],
    tags: ['yandex', 'cloud', 'key'],
    gitleaks: true,
  }),
  token({
    id: 'yandex-access-token',
    description: 'Yandex Cloud IAM token (t1.<payload>.<86-character signature>)',
    regex: `\\b(t1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}={0,2})${END_URLSAFE}`,
    entropy: 4,
    keywords: ['t1.'],
    tags: ['yandex', 'cloud', 'token'],
    gitleaks: true,
  }),
  assigned({
    id: 'yandex-aws-access-token',
    description: 'Yandex Cloud static access key secret (YC + 38 characters) assigned to a Yandex setting',
    name: 'yandex',
    value: 'YC[A-Za-z0-9_-]{38}',
    entropy: 3.5,
    keywords: ['yandex'],
    tags: ['yandex', 'cloud', 'key'],
    gitleaks: true,
  }),
  digitalocean('digitalocean-pat', 'dop', 'personal access token'),
  digitalocean('digitalocean-access-token', 'doo', 'OAuth access token'),
  digitalocean('digitalocean-refresh-token', 'dor', 'OAuth refresh token'),
  assigned({
    id: 'linode-api-token',
    description: 'Linode (Akamai Cloud) personal access token (64 hex) assigned to a Linode setting',
    name: 'linode',
    value: '[a-f0-9]{64}',
    entropy: 3,
    keywords: ['linode'],
    tags: ['linode', 'akamai', 'cloud', 'token'],
  }),
  assigned({
    id: 'vultr-api-key',
    description: 'Vultr API key (36 upper-case letters and digits) assigned to a Vultr setting',
    name: 'vultr',
    value: '[A-Z0-9]{36}',
    entropy: 3.5,
    keywords: ['vultr'],
    tags: ['vultr', 'cloud', 'key'],
  }),
  assigned({
    id: 'hetzner-cloud-api-token',
    description: 'Hetzner Cloud API token (64 letters and digits) assigned to an hcloud / Hetzner setting',
    name: '(?:hcloud|hetzner)',
    value: '[A-Za-z0-9]{64}',
    entropy: 4,
    keywords: ['hcloud', 'hetzner'],
    tags: ['hetzner', 'cloud', 'token'],
  }),
  assigned({
    id: 'scaleway-secret-key',
    description: 'Scaleway API secret key (a UUID) assigned to a Scaleway / SCW secret-key setting',
    name: '(?:scaleway|\\bscw)[\\w.-]{0,20}?secret[_.-]?key',
    value: UUID,
    gap: 10,
    entropy: 3,
    keywords: ['scaleway', 'scw'],
    tags: ['scaleway', 'cloud', 'key'],
  }),
  assigned({
    id: 'ovh-api-secret',
    description: 'OVHcloud API application secret or consumer key (32 letters and digits) assigned to an OVH setting',
    name: '\\bovh[\\w.-]{0,20}?(?:app(?:lication)?[_.-]?secret|consumer[_.-]?key)',
    value: '[A-Za-z0-9]{32}',
    gap: 10,
    entropy: 3.5,
    keywords: ['ovh'],
    tags: ['ovh', 'cloud', 'key'],
  }),
  assigned({
    id: 'ibm-cloud-api-key',
    description: 'IBM Cloud IAM API key (44 base64url characters) assigned to an IBM Cloud API-key setting',
    name: '(?:ibm[\\w.-]{0,20}?api[_.-]?key|\\bic_api_key)',
    value: '[A-Za-z0-9_-]{44}',
    gap: 10,
    entropy: 4,
    keywords: ['ibm', 'ic_api_key'],
    tags: ['ibm', 'cloud', 'key'],
  }),
];

/** How this family's tokens start (RE2, anchored at the secret's start): catch-all rules leave them to these rules. */
export const CLOUD_HOSTING_TOKEN_PREFIXES: string[] = [
  'LTAI[A-Za-z0-9]{12,20}$',
  'AQVN',
  't1\\.[A-Za-z0-9_-]+={0,2}\\.[A-Za-z0-9_-]{86}',
  'do[opr]_v1_',
];
