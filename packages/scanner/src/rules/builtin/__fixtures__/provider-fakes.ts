// Shapes the provider families' cases share: UUIDs, base64 of JSON claims, and one secret placed
// in the file kinds it is found in (.env, YAML, JSON, TypeScript, shell). Values come from the
// seeded FakeSecrets, so no token-shaped literal sits in the repository.
import { BASE62, FakeSecrets, HEX } from './fake-secrets';
import type { TruePositive } from './rule-cases';

export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function uuid(f: FakeSecrets): string {
  const h = (n: number): string => f.chars(HEX, n);
  return `${h(8)}-${h(4)}-4${h(3)}-${['8', '9', 'a', 'b'][Number.parseInt(h(1), 16) % 4]}${h(3)}-${h(12)}`;
}

export const base64 = (text: string | Uint8Array): string => Buffer.from(text).toString('base64');

/** A fresh random word for names and ids (letters only). */
export const word = (f: FakeSecrets, n = 8): string => f.chars('abcdefghijklmnopqrstuvwxyz', n);

/** `aws_secret_access_key` -> `awsSecretAccessKey`. */
function camel(snake: string): string {
  return snake.toLowerCase().replace(/[_-]([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export type FileKind = 'env' | 'yaml' | 'json' | 'ts' | 'sh';

/**
 * The same secret assigned to the setting `name` (SNAKE_CASE) as each file kind writes it:
 * `.env`, YAML, JSON, TypeScript and a shell export.
 */
export function placed(name: string, secret: string, kinds: FileKind[] = ['env', 'yaml', 'json', 'ts', 'sh']): TruePositive[] {
  const text: Record<FileKind, string> = {
    env: `# production\n${name}=${secret}\n`,
    yaml: `env:\n  ${name.toLowerCase()}: "${secret}"\n`,
    json: `{\n  "${camel(name)}": "${secret}",\n  "region": "eu-west-1"\n}\n`,
    ts: `export const config = {\n  ${camel(name)}: '${secret}',\n};\n`,
    sh: `#!/bin/sh\nexport ${name}="${secret}"\n./deploy.sh\n`,
  };
  return kinds.map((k) => ({ text: text[k], secret }));
}

/** Random base62 text of `n` characters. */
export const base62 = (f: FakeSecrets, n: number): string => f.chars(BASE62, n);
