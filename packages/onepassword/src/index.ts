// @mcp-secrets/onepassword: `op://` references read through a 1Password Connect server or a
// service account (the latter's SDK is handed in: see ServiceAccountOpener).
export { OnePasswordError, type OnePasswordErrorKind } from './onepassword-error';
export { isOpReference, parseItemReference, parseNamedReferences, parseSecretReference, showReference } from './reference';
export type { ItemReference, NamedReference, SecretReference } from './reference';
export type { OnePasswordStore, OpField, OpItem, OpItemSummary, OpSection, OpVault } from './store';
export { findField, findItem, itemEntries, locateField, readReferences, writeField, type FieldLocation, type ResolveContext } from './resolve';
export { connectStore, parseConnectHost, type ConnectOptions } from './connect-store';
export { hasOnePasswordCredentials, openOnePassword, type OnePasswordCredentials, type OpenStoreDeps, type ServiceAccountOpener } from './open-store';
export { fieldDestination, type FieldDestination } from './field-destination';
export { cachedReads } from './cached-reads';
