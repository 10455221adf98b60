import type { Finding, PermissionsBlock } from '../../model';
import { isKnownScope, PERMISSION_SCOPES } from '../permission-scopes';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';

const RULE = 'invalid-permissions';

/** Unknown scopes, levels a scope does not take, and values that are no permissions at all. */
export function invalidPermissions({ workflow }: RuleContext): Finding[] {
  const blocks: [PermissionsBlock, string][] = [];
  if (workflow.permissions) blocks.push([workflow.permissions, 'the workflow']);
  for (const job of workflow.jobs) if (job.permissions) blocks.push([job.permissions, `job ${job.id}`]);
  return blocks.flatMap(([block, owner]) => check(workflow.file, block, owner));
}

function check(file: string, block: PermissionsBlock, owner: string): Finding[] {
  if (block.kind === 'invalid') {
    return [finding(RULE, 'error', file, block.valueRange, `permissions of ${owner}: "${block.raw}" is not valid; use read-all, write-all, {} or a map of scopes`)];
  }
  const out: Finding[] = [];
  for (const entry of block.entries) {
    if (!isKnownScope(entry.scope)) {
      out.push(finding(RULE, 'error', file, entry.keyRange, `"${entry.scope}" is not a permission scope GitHub knows (known: ${Object.keys(PERMISSION_SCOPES).join(', ')})`));
      continue;
    }
    const levels = PERMISSION_SCOPES[entry.scope].levels;
    if (!(levels as readonly string[]).includes(entry.level)) {
      out.push(finding(RULE, 'error', file, entry.valueRange, `${entry.scope} takes ${levels.join(' or ')}, not "${entry.level}"`));
    }
  }
  return out;
}
