import type { KeyedValue, Step } from '../model';
import { actionPatternMatcher } from './action-pattern';
import { KNOWN_ACTIONS, NONE, OIDC } from './known-actions';
import type { KnownAction, ScopeNeeds, StepInputs, StepNeeds } from './known-actions';

export { mentionsGithubToken } from './known-actions';
export type { ScopeNeeds, StepInputs, StepNeeds } from './known-actions';

// Every `uses:` step is looked up: the patterns are prepared once, by owner (a few hundred entries).
const MATCHERS_BY_OWNER = new Map<string, { matches: (name: string) => boolean; needs: KnownAction['needs'] }[]>();
for (const entry of KNOWN_ACTIONS) {
  const owner = entry.action.slice(0, entry.action.indexOf('/'));
  const list = MATCHERS_BY_OWNER.get(owner) ?? [];
  list.push({ matches: actionPatternMatcher(entry.action), needs: entry.needs });
  MATCHERS_BY_OWNER.set(owner, list);
}

/** This suite's own actions, by their subfolder (`org/mcp-secrets/<id>` or `./<id>` in its own repository). */
const SUITE_ACTIONS: Readonly<Record<string, (w: StepInputs) => StepNeeds>> = {
  sync: (w) => (isSuiteJwtLogin(w) ? OIDC : NONE),
  audit: () => ({ contents: 'read' }),
  'workflow-permission-check': () => ({ contents: 'read' }),
  'ops-controls': (w): ScopeNeeds => (isSuiteJwtLogin(w) ? { contents: 'read', 'id-token': 'write' } : { contents: 'read' }),
};

function isSuiteJwtLogin(w: StepInputs): boolean {
  const method = (w.get('vault-auth-method') ?? 'auto').toLowerCase();
  if (method === 'jwt') return true;
  return method === 'auto' && w.has('vault-role') && !w.has('vault-role-id') && !w.has('vault-token');
}

export function stepInputs(values: readonly KeyedValue[]): StepInputs {
  return new Map(values.map((v) => [v.key, v.value]));
}

/** Needs of a `uses:` step by its action name, or undefined when the knowledge base does not know it. */
export function knownActionNeeds(name: string, step: Step): StepNeeds | undefined {
  const suite = suiteActionId(name);
  if (suite !== undefined) return SUITE_ACTIONS[suite](stepInputs(step.with));
  const entry = MATCHERS_BY_OWNER.get(name.slice(0, name.indexOf('/')))?.find((e) => e.matches(name));
  if (entry === undefined) return undefined;
  return typeof entry.needs === 'function' ? entry.needs(stepInputs(step.with)) : entry.needs;
}

/** `./sync` in this repository, or `<owner>/mcp-secrets/sync` anywhere else. */
function suiteActionId(name: string): string | undefined {
  const id = (/^\.\/([\w-]+)$/.exec(name) ?? /^[^/]+\/mcp-secrets\/([\w-]+)$/.exec(name))?.[1];
  return id !== undefined && Object.hasOwn(SUITE_ACTIONS, id) ? id : undefined;
}
