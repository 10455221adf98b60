// Helpers for the messaging, comms, email, social, productivity and business-app cases.
import { FakeSecrets, HEX } from './fake-secrets';
import type { TruePositive } from './rule-cases';

export const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_HEX = '0123456789ABCDEF';

export function uuid(f: FakeSecrets): string {
  return [f.chars(HEX, 8), f.chars(HEX, 4), `4${f.chars(HEX, 3)}`, `a${f.chars(HEX, 3)}`, f.chars(HEX, 12)].join('-');
}

const camel = (name: string): string => name.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());

type Kind = 'env' | 'yaml' | 'json' | 'py' | 'js' | 'sh' | 'k8s' | 'xml' | 'go' | 'php';

const WRITERS: Record<Kind, (name: string, secret: string) => string> = {
  env: (n, s) => `# production\n${n}=${s}\n`,
  yaml: (n, s) => `settings:\n  ${n.toLowerCase()}: "${s}"\n  timeout: 30\n`,
  json: (n, s) => `{\n  "${camel(n)}": "${s}",\n  "retries": 3\n}\n`,
  py: (n, s) => `${n} = '${s}'\nclient = Client(${n.toLowerCase()}=${n})\n`,
  js: (n, s) => `const ${camel(n)} = "${s}";\nmodule.exports = { ${camel(n)} };\n`,
  sh: (n, s) => `#!/bin/sh\nexport ${n}="${s}"\n./notify.sh\n`,
  k8s: (n, s) => `env:\n  - name: ${n}\n    value: "${s}"\n`,
  xml: (n, s) => `<configuration>\n  <${camel(n)}>${s}</${camel(n)}>\n</configuration>\n`,
  go: (n, s) => `var ${camel(n)} = "${s}"\n`,
  php: (n, s) => `<?php\ndefine('${n}', '${s}');\n`,
};

/** The secret assigned to setting `name` (UPPER_SNAKE) as each file kind writes it. */
export function written(name: string, secret: string, kinds: Kind[] = ['env', 'yaml', 'json', 'py', 'sh']): TruePositive[] {
  return kinds.map((k) => ({ text: WRITERS[k](name, secret), secret }));
}
