import type { Finding } from '../../model';
import { contextPattern, walk } from '../expression-contexts';
import { parseExpression } from '../expression-parser';
import type { ExprNode } from '../expression-parser';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { positionsOf } from '../source-positions';
import { conditionNodeSpan, conditionsOf, conditionText } from './spans';

/** Contexts naming the last actor, which anyone can make a bot by pushing on top of its commit. */
const ACTOR_NAMES = new Set(['github.actor', 'github.triggering_actor', 'github.event.pull_request.sender.login']);
const ACTOR_IDS = new Set(['github.actor_id', 'github.event.pull_request.sender.id']);
/** dependabot[bot]'s integration and user ids, dependabot-preview[bot], renovate[bot]. */
const BOT_IDS = new Set(['29110', '49699333', '27856297', '29139614']);

/**
 * `if:` conditions of a `pull_request_target` workflow that trust `github.actor == '<x>[bot]'`
 * (or a bot's id), at that comparison inside the condition as zizmor reports it (at the value when
 * its quoting hides where): the actor is whoever acted last, so an attacker's pull request can
 * pass it. Check `github.event.pull_request.user.login` instead.
 */
export function botConditions({ workflow }: RuleContext): Finding[] {
  if (!workflow.triggers.some((t) => t.event === 'pull_request_target')) return [];
  const positions = positionsOf(workflow);
  return workflow.jobs.flatMap((job) =>
    conditionsOf(job).flatMap(({ condition }) => {
      const tree = parseExpression(conditionText(condition.value));
      if (tree === undefined || !walk(tree).some(isBotCheck)) return [];
      return [
        finding(
          'bot-conditions',
          'error',
          workflow.file,
          conditionNodeSpan(positions, condition, condition.range, isBotCheck),
          'this condition trusts the actor of the event to be a bot, but github.actor is whoever acted last (anyone can push to a bot\'s pull request); check github.event.pull_request.user.login, and avoid pull_request_target for bot automation',
        ),
      ];
    }),
  );
}

function isBotCheck(node: ExprNode): boolean {
  if (node.kind !== 'binary' || node.op !== '==') return false;
  const pair = [node.left, node.right];
  const context = pair.find((n) => n.kind === 'context');
  const literal = pair.find((n) => n.kind === 'literal');
  if (context?.kind !== 'context' || literal?.kind !== 'literal') return false;
  const pattern = contextPattern(context) ?? '';
  const value = String(literal.value);
  return (ACTOR_NAMES.has(pattern) && value.toLowerCase().endsWith('[bot]')) || (ACTOR_IDS.has(pattern) && BOT_IDS.has(value));
}
