// The detection corpus's file kinds: each renders settings (a name and a value: a planted secret, a
// decoy or an ordinary setting) the way that kind of file holds them, between ordinary lines of the
// kind, and says at which line each setting landed. Contexts of our own: a planted secret keeps only
// its setting's name from the rule's test case.
import { FakeSecrets } from '../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
import { filler } from './detection-filler';

/** A name and a value to write into a file; `id` is the caller's, returned with the line. */
export interface Setting {
  id: number;
  key: string;
  value: string;
  /** Lowercase words that must survive a renaming of the key (the rule's keywords), if any. */
  keep?: readonly string[];
}

export interface RenderedFile {
  path: string;
  text: string;
  /** Setting id -> 1-based line of its value. */
  lines: Map<number, number>;
}

/** Deterministic choices, on top of the rule tests' seeded generator. */
export class Rand {
  private readonly fake: FakeSecrets;

  constructor(seed: number) {
    this.fake = new FakeSecrets(seed);
  }

  /** 0 <= n < max. */
  int(max: number): number {
    return Math.floor(Number.parseInt(this.fake.chars('0123456789', 9), 10) / 1e9 * max);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  chars(alphabet: string, length: number): string {
    return this.fake.chars(alphabet, length);
  }

  bytes(length: number): Uint8Array {
    return this.fake.bytes(length);
  }
}

/** Lines added one by one, remembering where each setting went. */
export class Lines {
  readonly lines: string[] = [];
  readonly at = new Map<number, number>();

  add(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** Adds the lines; the setting's value is on the last of them. */
  put(setting: Setting, ...lines: string[]): this {
    this.lines.push(...lines);
    this.at.set(setting.id, this.lines.length);
    return this;
  }

  file(path: string): RenderedFile {
    return { path, text: `${this.lines.join('\n')}\n`, lines: this.at };
  }
}

// ---- names ----

export function words(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

const camel = (key: string): string => words(key).map((w, i) => (i === 0 ? w : `${w[0]?.toUpperCase()}${w.slice(1)}`)).join('');
const snake = (key: string): string => words(key).join('_');
const upper = (key: string): string => snake(key).toUpperCase();
const dotted = (key: string): string => words(key).join('.');
const kebab = (key: string): string => words(key).join('-');
export const KEY_STYLES = { camel, snake, upper, dotted, kebab } as const;

/** The key in a style, unless that would lose a word the rule needs (then as written). */
function styled(setting: Setting, style: keyof typeof KEY_STYLES): string {
  const renamed = KEY_STYLES[style](setting.key);
  if (renamed === '') return setting.key;
  const keep = setting.keep ?? [];
  return keep.every((k) => !setting.key.toLowerCase().includes(k) || renamed.toLowerCase().includes(k)) ? renamed : setting.key;
}

// ---- quoting: a value that cannot be written as is in a kind is not put there ----

/** Whether `value` can go verbatim into a file of this kind (no escaping would change it). */
export function fits(kind: FileKind, value: string): boolean {
  if (/[\r\n\t]/.test(value)) return false;
  switch (kind) {
    case 'json':
    case 'notebook':
    case 'minified':
    case 'javascript':
    case 'typescript':
    case 'go':
    case 'java':
    case 'csharp':
    case 'rust':
    case 'kotlin':
    case 'terraform':
    case 'toml':
      return !/["\\]/.test(value) && !value.includes('${');
    case 'python':
    case 'ruby':
    case 'php':
      return !/["'\\]/.test(value);
    case 'xml':
      return !/[<>&"]/.test(value);
    case 'yaml':
    case 'k8s':
    case 'workflow':
    case 'compose':
      // Also written unquoted: nothing YAML would read as syntax.
      return !/["'\\]/.test(value) && !/^[\s&*!|>%@`{[\]#?,-]|\s$|: | #/.test(value);
    case 'env':
    case 'shell':
    case 'dockerfile':
    case 'markdown':
      return !/["'\\$`]/.test(value) && !/\s/.test(value);
    case 'ini':
    case 'properties':
      return !/[\\#;]/.test(value) && !/^\s|\s$/.test(value);
  }
}

export const FILE_KINDS = [
  'env', 'yaml', 'k8s', 'workflow', 'compose', 'json', 'toml', 'ini', 'properties', 'xml', 'dockerfile', 'shell', 'terraform',
  'python', 'javascript', 'typescript', 'go', 'java', 'ruby', 'php', 'csharp', 'rust', 'kotlin', 'markdown', 'notebook', 'minified',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const SERVICES = ['billing', 'orders', 'search', 'gateway', 'reports', 'mailer', 'ledger', 'catalog', 'auth', 'media', 'notify', 'sync', 'inventory', 'checkout', 'analytics'];
const ENVS = ['production', 'staging', 'dev', 'qa'];
const title = (w: string): string => `${w[0]?.toUpperCase()}${w.slice(1)}`;

/** Ordinary settings of an application, to surround the planted ones. */
function ordinary(r: Rand, svc: string): Array<[string, string]> {
  return [
    ['log_level', r.pick(['info', 'debug', 'warn'])],
    ['port', String(3000 + r.int(6000))],
    ['host', `${svc}.internal.example.com`],
    ['timeout_seconds', String(5 + r.int(60))],
    ['region', r.pick(['eu-west-1', 'us-east-1', 'ap-southeast-2'])],
    ['max_connections', String(10 + r.int(90))],
    ['feature_flags', r.pick(['beta-search,new-ui', 'none', 'dark-mode'])],
    ['service_name', `${svc}-api`],
    ['retry_backoff_ms', String(100 * (1 + r.int(20)))],
    ['cache_ttl', `${1 + r.int(24)}h`],
  ];
}

type Renderer = (settings: readonly Setting[], r: Rand, n: number) => RenderedFile;

/** Interleaves the settings with ordinary ones, in a shuffled but deterministic order. */
function mixed(settings: readonly Setting[], r: Rand, svc: string): Array<Setting | [string, string]> {
  const out: Array<Setting | [string, string]> = [];
  const extra = ordinary(r, svc);
  // Each ordinary setting at most once, in a random order.
  const take = (): [string, string] | undefined => extra.splice(r.int(extra.length), 1)[0];
  for (const s of settings) {
    for (let k = r.int(3); k > 0; k--) {
      const o = take();
      if (o !== undefined) out.push(o);
    }
    out.push(s);
  }
  const last = take();
  if (last !== undefined) out.push(last);
  return out;
}

const isSetting = (x: Setting | [string, string]): x is Setting => !Array.isArray(x);

function svcOf(n: number): string {
  return `${SERVICES[n % SERVICES.length]}${Math.floor(n / SERVICES.length) || ''}`;
}

const RENDERERS: Record<FileKind, Renderer> = {
  env(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`# ${svc} service`, `NODE_ENV=${r.pick(ENVS)}`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${upper(x[0])}=${x[1]}`);
      else out.put(x, r.pick([`${styled(x, 'upper')}=${x.value}`, `${styled(x, 'upper')}="${x.value}"`, `export ${styled(x, 'upper')}=${x.value}`]));
    }
    return out.file(r.pick([`services/${svc}/.env`, `deploy/${svc}.${r.pick(ENVS)}.env`, `.env.${svc}`]));
  },

  yaml(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`# ${svc} configuration`, `${svc}:`, '  enabled: true', '  settings:');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    ${x[0]}: ${x[1]}`);
      else out.put(x, r.pick([`    ${styled(x, 'snake')}: ${x.value}`, `    ${styled(x, 'snake')}: "${x.value}"`, `    ${x.key}: '${x.value.replace(/'/g, "''")}'`]));
    }
    return out.file(r.pick([`config/${svc}.yml`, `charts/${svc}/values-${r.pick(ENVS)}.yaml`, `ansible/group_vars/${svc}.yml`]));
  },

  k8s(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${svc}`, 'spec:', '  replicas: 2', '  template:', '    spec:', '      containers:', `        - name: ${svc}`, `          image: registry.example.com/${svc}:1.${r.int(40)}.${r.int(9)}`, '          env:');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`            - name: ${upper(x[0])}`, `              value: "${x[1]}"`);
      // name: and value: on two lines, as Kubernetes writes them, or the one-line flow form.
      else if (r.int(3) > 0) out.put(x, `            - name: ${styled(x, 'upper')}`, `              value: "${x.value}"`);
      else out.put(x, `            - { name: ${styled(x, 'upper')}, value: "${x.value}" }`);
    }
    return out.file(`k8s/${svc}/deployment.yaml`);
  },

  workflow(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`name: deploy ${svc}`, 'on:', '  push:', '    branches: [main]', 'jobs:', '  deploy:', '    runs-on: ubuntu-latest', '    env:');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`      ${upper(x[0])}: ${x[1]}`);
      else out.put(x, `      ${styled(x, 'upper')}: ${r.pick([x.value, `"${x.value}"`])}`);
    }
    out.add('    steps:', '      - uses: actions/checkout@v4', `      - run: ./scripts/deploy.sh ${svc}`);
    return out.file(`.github/workflows/deploy-${svc}.yml`);
  },

  compose(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('services:', `  ${svc}:`, `    image: ${svc}:latest`, '    ports:', `      - "${8000 + r.int(900)}:8080"`, '    environment:');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`      - ${upper(x[0])}=${x[1]}`);
      else out.put(x, r.pick([`      - ${styled(x, 'upper')}=${x.value}`, `      ${styled(x, 'upper')}: "${x.value}"`]));
    }
    return out.file(`docker-compose.${svc}.yml`);
  },

  json(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('{', `  "name": "${svc}",`, '  "settings": {');
    const all = mixed(settings, r, svc);
    all.forEach((x, i) => {
      const comma = i === all.length - 1 ? '' : ',';
      if (!isSetting(x)) out.add(`    "${camel(x[0])}": "${x[1]}"${comma}`);
      else out.put(x, `    "${styled(x, r.pick(['camel', 'snake'] as const))}": "${x.value}"${comma}`);
    });
    out.add('  }', '}');
    return out.file(r.pick([`config/${svc}.json`, `src/${title(svc)}/appsettings.${title(r.pick(ENVS))}.json`, `.vscode/${svc}.settings.json`]));
  },

  toml(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`# ${svc}`, '[server]', `port = ${3000 + r.int(6000)}`, '', `[${svc}]`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${x[0]} = "${x[1]}"`);
      else out.put(x, `${styled(x, 'snake')} = "${x.value}"`);
    }
    return out.file(r.pick([`config/${svc}.toml`, `.cargo/${svc}.toml`, `deploy/${svc}/settings.toml`]));
  },

  ini(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`; ${svc} settings`, `[${svc}]`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${x[0]} = ${x[1]}`);
      else out.put(x, r.pick([`${styled(x, 'snake')} = ${x.value}`, `${styled(x, 'snake')}=${x.value}`]));
    }
    return out.file(r.pick([`${svc}.ini`, `conf/${svc}.cfg`, `setup-${svc}.cfg`]));
  },

  properties(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`# ${svc}`, `spring.application.name=${svc}`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${svc}.${dotted(x[0])}=${x[1]}`);
      else out.put(x, r.pick([`${styled(x, 'dotted')}=${x.value}`, `${svc}.${styled(x, 'dotted')}=${x.value}`, `${x.key}=${x.value}`]));
    }
    return out.file(`src/main/resources/application-${svc}.properties`);
  },

  xml(settings, r, n) {
    const svc = svcOf(n);
    if (r.int(2) === 0) {
      const out = new Lines().add('<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <appSettings>');
      for (const x of mixed(settings, r, svc)) {
        if (!isSetting(x)) out.add(`    <add key="${title(camel(x[0]))}" value="${x[1]}" />`);
        else out.put(x, `    <add key="${styled(x, 'camel')}" value="${x.value}" />`);
      }
      out.add('  </appSettings>', '</configuration>');
      return out.file(`src/${title(svc)}/Web.config`);
    }
    const out = new Lines().add('<?xml version="1.0"?>', '<settings>', `  <profile id="${svc}">`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    <${camel(x[0])}>${x[1]}</${camel(x[0])}>`);
      else {
        const tag = styled(x, 'camel');
        out.put(x, `    <${tag}>${x.value}</${tag}>`);
      }
    }
    out.add('  </profile>', '</settings>');
    return out.file(`conf/${svc}-settings.xml`);
  },

  dockerfile(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`FROM node:${r.pick(['20', '22'])}-alpine`, 'WORKDIR /app', 'COPY package*.json ./', 'RUN npm ci --omit=dev');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`ENV ${upper(x[0])}=${x[1]}`);
      else out.put(x, `${r.pick(['ENV', 'ARG'])} ${styled(x, 'upper')}=${x.value}`);
    }
    out.add('COPY . .', `CMD ["node", "dist/${svc}.js"]`);
    return out.file(`docker/${svc}/Dockerfile`);
  },

  shell(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('#!/usr/bin/env bash', 'set -euo pipefail', `cd "$(dirname "$0")/.."`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${upper(x[0])}=${x[1]}`);
      else out.put(x, r.pick([`export ${styled(x, 'upper')}="${x.value}"`, `${styled(x, 'upper')}='${x.value}'`]));
    }
    out.add(`echo "deploying ${svc}"`, `./bin/deploy --service ${svc} --region "$REGION"`);
    return out.file(`scripts/deploy-${svc}.sh`);
  },

  terraform(settings, r, n) {
    const svc = svcOf(n);
    if (r.int(2) === 0) {
      const out = new Lines().add(`# ${svc} ${r.pick(ENVS)}`);
      for (const x of mixed(settings, r, svc)) {
        if (!isSetting(x)) out.add(`${x[0]} = "${x[1]}"`);
        else out.put(x, `${styled(x, 'snake')} = "${x.value}"`);
      }
      return out.file(`infra/${svc}/${r.pick(ENVS)}.tfvars`);
    }
    const out = new Lines().add(`resource "example_service" "${svc}" {`, `  name = "${svc}"`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`  ${x[0]} = "${x[1]}"`);
      else out.put(x, `  ${styled(x, 'snake')} = "${x.value}"`);
    }
    out.add('}');
    return out.file(`infra/${svc}/main.tf`);
  },

  python(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('import os', '', `SERVICE = "${svc}"`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`${upper(x[0])} = "${x[1]}"`);
      else out.put(x, r.pick([`${styled(x, 'upper')} = "${x.value}"`, `os.environ.setdefault("${styled(x, 'upper')}", "${x.value}")`, `    ${styled(x, 'snake')}="${x.value}",`]));
    }
    out.add('', 'def settings():', '    return {k: v for k, v in globals().items() if k.isupper()}');
    return out.file(r.pick([`${svc}/settings.py`, `app/${svc}/config.py`, `tests/fixtures/${svc}_conf.py`]));
  },

  javascript(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add("'use strict';", '', 'module.exports = {', `  name: '${svc}',`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`  ${camel(x[0])}: '${x[1]}',`);
      else out.put(x, r.pick([`  ${styled(x, 'camel')}: "${x.value}",`, `  ${styled(x, 'camel')}: process.env.${styled(x, 'upper')} || "${x.value}",`]));
    }
    out.add('};');
    return out.file(`src/${svc}/config.js`);
  },

  typescript(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`import { Client } from './${svc}-client';`, '');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`const ${camel(x[0])} = '${x[1]}';`);
      else out.put(x, r.pick([`const ${styled(x, 'camel')} = "${x.value}";`, `export const ${styled(x, 'upper')}: string = "${x.value}";`]));
    }
    out.add('', `export const client = new Client({ service: '${svc}' });`);
    return out.file(`src/${svc}/client.ts`);
  },

  go(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`package ${svc.replace(/\d+$/, '')}`, '', 'const (');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`\t${camel(x[0])} = "${x[1]}"`);
      else out.put(x, `\t${styled(x, 'camel')} = "${x.value}"`);
    }
    out.add(')', '', 'func Name() string { return "' + svc + '" }');
    return out.file(`internal/${svc}/config.go`);
  },

  java(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('package com.example.config;', '', `public final class ${title(svc)}Config {`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    public static final String ${upper(x[0])} = "${x[1]}";`);
      else out.put(x, `    ${r.pick(['private static final String', 'public static final String'])} ${styled(x, 'upper')} = "${x.value}";`);
    }
    out.add('}');
    return out.file(`src/main/java/com/example/config/${title(svc)}Config.java`);
  },

  ruby(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`Rails.application.configure do`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`  config.${x[0]} = '${x[1]}'`);
      else out.put(x, r.pick([`  config.${styled(x, 'snake')} = '${x.value}'`, `  ENV['${styled(x, 'upper')}'] ||= '${x.value}'`]));
    }
    out.add('end');
    return out.file(`config/initializers/${svc}.rb`);
  },

  php(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('<?php', '', 'return [');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    '${x[0]}' => '${x[1]}',`);
      else out.put(x, r.pick([`    '${styled(x, 'snake')}' => '${x.value}',`, `    '${styled(x, 'snake')}' => env('${styled(x, 'upper')}', '${x.value}'),`]));
    }
    out.add('];');
    return out.file(`config/${svc}.php`);
  },

  csharp(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('namespace Example.Config', '{', `    public static class ${title(svc)}Settings`, '    {');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`        public const string ${title(camel(x[0]))} = "${x[1]}";`);
      else out.put(x, `        public const string ${title(styled(x, 'camel'))} = "${x.value}";`);
    }
    out.add('    }', '}');
    return out.file(`src/${title(svc)}/${title(svc)}Settings.cs`);
  },

  rust(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`//! ${svc} settings`, '');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`pub const ${upper(x[0])}: &str = "${x[1]}";`);
      else out.put(x, `pub const ${styled(x, 'upper')}: &str = "${x.value}";`);
    }
    return out.file(`src/${svc}/settings.rs`);
  },

  kotlin(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('package com.example', '', `object ${title(svc)}Config {`);
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    const val ${upper(x[0])} = "${x[1]}"`);
      else out.put(x, `    const val ${styled(x, 'upper')} = "${x.value}"`);
    }
    out.add('}');
    return out.file(`app/src/main/kotlin/com/example/${title(svc)}Config.kt`);
  },

  markdown(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add(`# Running ${svc} locally`, '', `The ${svc} service reads its settings from the environment.`, 'Set these before starting it:', '', '```sh');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`export ${upper(x[0])}=${x[1]}`);
      else out.put(x, `export ${styled(x, 'upper')}=${x.value}`);
    }
    out.add('```', '', `Then run \`make run SERVICE=${svc}\`.`);
    return out.file(r.pick([`docs/${svc}.md`, `services/${svc}/README.md`, `docs/runbooks/${svc}-setup.md`]));
  },

  notebook(settings, r, n) {
    const svc = svcOf(n);
    const out = new Lines().add('{', ' "cells": [', '  {', '   "cell_type": "code",', '   "execution_count": 1,', '   "metadata": {},', '   "outputs": [],', '   "source": [', '    "import os\\n",');
    for (const x of mixed(settings, r, svc)) {
      if (!isSetting(x)) out.add(`    "${x[0]} = '${x[1]}'\\n",`);
      else out.put(x, r.pick([`    "os.environ['${styled(x, 'upper')}'] = '${x.value}'\\n",`, `    "${styled(x, 'snake')} = '${x.value}'\\n",`]));
    }
    out.add(`    "print('ok')"`, '   ]', '  }', ' ],', ' "metadata": {},', ' "nbformat": 4,', ' "nbformat_minor": 5', '}');
    return out.file(`notebooks/${svc}-exploration.ipynb`);
  },

  minified(settings, r, n) {
    const svc = svcOf(n);
    const parts: string[] = [];
    const at: Setting[] = [];
    for (const x of mixed(settings, r, svc)) {
      parts.push(minifiedNoise(r));
      if (!isSetting(x)) parts.push(`${camel(x[0])}:"${x[1]}"`);
      else {
        parts.push(`${styled(x, 'camel')}:"${x.value}"`);
        at.push(x);
      }
    }
    const out = new Lines().add(`/*! ${svc} v1.${r.int(20)}.0 | MIT */`);
    out.add(`!function(e,t){"use strict";var n={${parts.join(',')}};e.${svc}Config=n}(window,document);`);
    // Every setting is on the one long line.
    for (const x of at) out.at.set(x.id, 2);
    return out.file(`public/assets/${svc}.${r.chars('0123456789abcdef', 8)}.min.js`);
  },
};

/** A stretch of minified code with the usual short names, numbers and strings. */
export function minifiedNoise(r: Rand): string {
  const id = (): string => r.chars('abcdefghijklmnopqrstuvwxyz', 1) + r.chars('abcdefghijklmnopqrstuvwxyz0123456789', r.int(2));
  const bits = [
    `${id()}:function(${id()},${id()}){return ${id()}.${id()}(${id()})||${r.int(1000)}}`,
    `${id()}:"${r.pick(['click', 'resize', 'keydown', 'focusin', 'transitionend'])}"`,
    `${id()}:[${r.int(255)},${r.int(255)},${r.int(255)}]`,
    `${id()}:"#${r.chars('0123456789abcdef', 6)}"`,
    `${id()}:"css-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}"`,
    `${id()}:${r.int(2) === 0 ? '!0' : '!1'}`,
    `${id()}:"${r.pick(['/api/v1/items', '/static/img/logo.svg', '/graphql', '/healthz'])}"`,
  ];
  return Array.from({ length: 3 + r.int(6) }, () => r.pick(bits)).join(',');
}

/** A file of this kind holding the settings, with ordinary code or prose after them. */
export function renderFile(kind: FileKind, settings: readonly Setting[], r: Rand, n: number): RenderedFile {
  const file = RENDERERS[kind](settings, r, n);
  const more = filler(kind, r);
  return more.length === 0 ? file : { ...file, text: `${file.text}${more.join('\n')}\n` };
}
