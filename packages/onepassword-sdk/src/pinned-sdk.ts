// The exact 1Password SDK the sync action fetches on first use: the same versions and sha512
// integrities as package-lock.json (a contract test holds them equal), so the action runs the SDK
// the CLI is built and tested with, and a registry or mirror cannot hand it anything else.

export interface PinnedPackage {
  name: string;
  version: string;
  /** npm's Subresource Integrity of the tarball: `sha512-<base64>`. */
  integrity: string;
}

export const PINNED_SDK: readonly PinnedPackage[] = [
  { name: '@1password/sdk', version: '0.5.0', integrity: 'sha512-k6kov3pcA7PRg2tev9CgTfEf/3JSyAp11BPQNCEsqAD32QbqM032OXC1rfjyC8Ba0sfH+NHYZxcifUZToyGyYA==' },
  { name: '@1password/sdk-core', version: '0.5.0', integrity: 'sha512-9g7LWOKRKdePZ85evVgE9xEom3DAg3hRIyQdOwLPvpL/F7KpDXmUHMi72rsqJxKaDbWApXmrYjDExMSPqUg7xw==' },
];

export const NPM_REGISTRY = 'https://registry.npmjs.org';

/** Where npm keeps a package's tarball: `<registry>/@scope/name/-/name-<version>.tgz`. */
export function tarballUrl(registry: string, pkg: PinnedPackage): string {
  const base = pkg.name.slice(pkg.name.lastIndexOf('/') + 1);
  return `${registry.replace(/\/+$/, '')}/${pkg.name}/-/${base}-${pkg.version}.tgz`;
}
