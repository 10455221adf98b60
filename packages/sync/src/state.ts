/** Names of the values main hands to the post step through GITHUB_STATE. */
export const STATE = {
  token: 'vault-token',
  tokenRevoked: 'vault-token-revoked',
  files: 'files',
} as const;
