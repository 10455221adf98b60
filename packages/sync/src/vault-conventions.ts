// The settings the `vault` CLI reads from its environment, read the same way here, so a runbook's
// `export VAULT_CACERT=... VAULT_CLIENT_TIMEOUT=...` means the same to both.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readBoundedText } from '@mcp-secrets/fs-safe';
import { ConfigurationError } from '@mcp-secrets/ports';

/** A CA bundle is a few certificates; a folder of them (VAULT_CAPATH) a few hundred. */
const MAX_CA_FILE_BYTES = 1024 * 1024;
const MAX_CA_FOLDER_FILES = 1000;
const PEM_CERTIFICATE = '-----BEGIN CERTIFICATE-----';

export interface CaSources {
  /** The vault-ca-cert input: PEM text, or the path of a PEM file. */
  input: string;
  env: NodeJS.ProcessEnv;
  /** Relative paths are read from here (the workspace). */
  cwd: string;
}

/**
 * The certificates to trust for Vault's TLS, as PEM text ('' for the system's): vault-ca-cert (the
 * PEM itself, or a file), else VAULT_CACERT (a file), else VAULT_CAPATH (every PEM file of a folder),
 * the `vault` CLI's order. A file without a certificate is an error naming where it came from.
 */
export function readVaultCaCert({ input, env, cwd }: CaSources): string {
  const given = input.trim();
  if (given.includes('-----BEGIN')) return input;
  if (given !== '') return caFile(resolve(cwd, given), { input: 'vault-ca-cert' });
  const caCert = (env.VAULT_CACERT ?? '').trim();
  if (caCert !== '') return caFile(resolve(cwd, caCert), { variable: 'VAULT_CACERT' });
  const caPath = (env.VAULT_CAPATH ?? '').trim();
  if (caPath !== '') return caFolder(resolve(cwd, caPath));
  return '';
}

/** Where a setting came from: an input, or one of the `vault` CLI's environment variables. */
type Origin = { input: string } | { variable: string };

function caFile(path: string, origin: Origin): string {
  const where = 'input' in origin ? { input: origin.input, display: path } : { display: `${origin.variable}=${path}` };
  const pem = readBoundedText(path, { what: "Vault's CA certificate", maxBytes: MAX_CA_FILE_BYTES, ...where });
  if (!pem.includes(PEM_CERTIFICATE)) {
    throw new ConfigurationError(`${where.display} holds no PEM certificate (${PEM_CERTIFICATE})`, {
      ...('input' in origin ? { input: origin.input } : {}),
      hint: 'give a PEM file, or the PEM text itself',
    });
  }
  return pem;
}

/** Every file of the folder holding a certificate, in name order (others, such as a README or a hash link's target twice, skipped). */
function caFolder(folder: string): string {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() || entry.isSymbolicLink())
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    throw new ConfigurationError(`VAULT_CAPATH=${folder}: cannot list the folder (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  if (names.length > MAX_CA_FOLDER_FILES) {
    throw new ConfigurationError(`VAULT_CAPATH=${folder} holds ${names.length} files; at most ${MAX_CA_FOLDER_FILES} are read`);
  }
  const pems = new Set<string>();
  for (const name of names) {
    const pem = readBoundedText(join(folder, name), { what: "Vault's CA certificate", maxBytes: MAX_CA_FILE_BYTES, display: `VAULT_CAPATH=${folder}/${name}` });
    if (pem.includes(PEM_CERTIFICATE)) pems.add(pem.endsWith('\n') ? pem : `${pem}\n`);
  }
  if (pems.size === 0) throw new ConfigurationError(`VAULT_CAPATH=${folder} holds no PEM certificate`);
  return [...pems].join('');
}

const DURATION_UNITS: Readonly<Record<string, number>> = { h: 3600, m: 60, s: 1, ms: 0.001 };

/**
 * VAULT_CLIENT_TIMEOUT as the `vault` CLI reads it: whole seconds (`60`) or a Go duration (`90s`,
 * `2m`, `1h30m`); undefined when unset. The deadline is whole seconds, at least one.
 */
export function parseVaultClientTimeout(text: string | undefined): number | undefined {
  const value = (text ?? '').trim();
  if (value === '') return undefined;
  if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
  const parts = /^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(value) ? [...value.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)] : [];
  const seconds = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * DURATION_UNITS[unit], 0);
  if (seconds <= 0) {
    throw new ConfigurationError(`VAULT_CLIENT_TIMEOUT '${value.slice(0, 40)}' is not a duration`, { hint: 'seconds (60) or a duration (90s, 2m, 1h30m)' });
  }
  return Math.max(1, Math.ceil(seconds));
}
