import { planExports, type Bundle, type RefusedExport } from '@mcp-secrets/secrets-store';

// The credentials that fetched the bundle: the command gets the bundle, not the means to fetch
// more (an AppRole secret ID or a service account token opens far more than one bundle).
const FETCH_CREDENTIALS = ['VAULT_TOKEN', 'VAULT_SECRET_ID', 'OP_CONNECT_TOKEN', 'OP_SERVICE_ACCOUNT_TOKEN', 'SOPS_AGE_KEY'];

export interface ChildEnvironment {
  env: Record<string, string>;
  /** Keys of the bundle the command does not get, with why (never the value). */
  refused: RefusedExport[];
}

/**
 * The command's environment: ours without the fetch credentials, then the bundle's keys on top,
 * except those sync would not export either (the deny list unless `allowEnvNames` lists them,
 * values too large for an environment) and values holding a NUL byte, which no environment
 * variable can carry (Node would refuse to start the command, quoting the value).
 */
export function childEnvironment(parent: NodeJS.ProcessEnv, bundle: Bundle, allowEnvNames: readonly string[]): ChildEnvironment {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value !== undefined && !FETCH_CREDENTIALS.includes(name)) env[name] = value;
  }
  const { exported, refused } = planExports(bundle, allowEnvNames);
  for (const [key, value] of exported) {
    if (value.includes('\0')) refused.push({ key, reason: 'holds a NUL byte, which no environment variable can' });
    else env[key] = value;
  }
  return { env, refused };
}
