export { ConfigurationError, toError } from './errors';
export { Inputs, runnerInputSource, parseList } from './inputs';
export type { InputSource } from './inputs';
export { isNeverSecret, maskablePieces, MIN_MASK_LENGTH } from './masking';
export { showUntrusted, showUntrustedList, untrustedText, withoutUrlCredentials } from './untrusted-text';
export type { ActionPorts, AnnotationPlace, Logger } from './ports';
export { PRODUCT_VERSION } from './version';
