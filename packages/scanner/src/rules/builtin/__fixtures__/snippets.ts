// How .env, YAML, JSON, code and shell files write one credential, for the developer-platform
// families' cases (vcs, gitlab, packages, ci-cd, deploy-platforms, dev-platforms, dev-services).
import type { TruePositive } from './rule-cases';

export type FileKind = 'env' | 'yaml' | 'json' | 'code' | 'shell';

const camel = (name: string): string => name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

const WRITERS: Record<FileKind, (name: string, secret: string) => string> = {
  env: (name, secret) => `# deploy settings\n${name}=${secret}\n`,
  yaml: (name, secret) => `env:\n  ${name.toLowerCase()}: "${secret}"\n  region: eu-west-1\n`,
  json: (name, secret) => `{\n  "${camel(name)}": "${secret}",\n  "retries": 3\n}\n`,
  code: (name, secret) => `const ${camel(name)} = '${secret}';\nclient.configure({ timeout: 30 });\n`,
  shell: (name, secret) => `export ${name}="${secret}"\n./deploy.sh --verbose\n`,
};

/** The credential under setting `name` (UPPER_SNAKE) in each of `kinds` (all five by default). */
export function inFiles(name: string, secret: string, kinds: FileKind[] = ['env', 'yaml', 'json', 'code', 'shell']): TruePositive[] {
  return kinds.map((kind) => ({ text: WRITERS[kind](name, secret), secret }));
}

export const HEX_UPPER = '0123456789ABCDEF';
export const LOWER_ALNUM = '0123456789abcdefghijklmnopqrstuvwxyz';
export const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
