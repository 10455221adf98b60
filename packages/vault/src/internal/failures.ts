import { showUntrustedList } from '@mcp-secrets/ports';
import { VaultError } from '../vault-error';
import type { VaultBody, VaultResponse } from './vault-http';

export interface FailureContext {
  /** "reading secret/data/mcp/ci" */
  action: string;
  /** The token's policies, when known, to make a permission error actionable. */
  policies?: string[];
  /** Message for a 404, e.g. "no secret at secret/mcp/ci". */
  notFound?: string;
}

// What a message shows of text Vault sent: a hostile or broken Vault must not flood
// the log, break the line or forge workflow commands through it.
const SHOWN_ERRORS = { maxItems: 5, maxLength: 300 };
const SHOWN_POLICIES = { maxItems: 20, maxLength: 100 };

/** Vault's `{"errors":[...]}` list as sent (for matching only: use `shownErrors` in messages). */
export function errorsOf(body: VaultBody | undefined): string[] {
  const errors = body?.errors;
  return Array.isArray(errors) ? errors.filter((e): e is string => typeof e === 'string') : [];
}

/** The errors without Go's multierror framing ("1 error occurred:\n\t* permission denied\n\n"). */
export function readableErrors(errors: string[]): string[] {
  return errors.flatMap((error) => {
    if (!/^\d+ errors? occurred:/.test(error)) return [error.trim()];
    return error
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.startsWith('* '))
      .map((line) => line.slice(2).trim());
  });
}

/** Vault's errors as a message may show them: without framing, each on one line, bounded. */
export function shownErrors(body: VaultBody | undefined): string[] {
  return showUntrustedList(readableErrors(errorsOf(body)), SHOWN_ERRORS);
}

export function isSealed(response: VaultResponse): boolean {
  return response.status === 503 && readableErrors(errorsOf(response.body)).some((e) => /vault is sealed/i.test(e));
}

/** The VaultError for a response that did not succeed. */
export function failureFor(response: VaultResponse, context: FailureContext): VaultError {
  const { status, body } = response;
  const errors = shownErrors(body);
  const detail = errors.join('; ');
  const details = { status, errors };
  if (isSealed(response)) return new VaultError('sealed', `Vault is sealed (while ${context.action}); ask an operator to unseal it`, details);
  switch (status) {
    case 403: {
      const policies = context.policies === undefined ? '' : ` with policies [${showUntrustedList(context.policies, SHOWN_POLICIES).join(', ')}]`;
      return new VaultError('permission-denied', `permission denied ${context.action}${policies}`, details);
    }
    case 404:
      return new VaultError('not-found', context.notFound ?? `not found: ${context.action}`, details);
    case 400:
      return new VaultError('bad-request', `Vault rejected ${context.action}: ${detail || 'bad request'}`, details);
    default: {
      const what = body === undefined && status !== 204 ? ' (the answer was not Vault JSON: is a proxy in the way?)' : '';
      return new VaultError('server', `Vault answered HTTP ${status} while ${context.action}${detail ? `: ${detail}` : ''}${what}`, details);
    }
  }
}
