import type { Finding } from '../../../model';
import { nearest } from '../../structure/nearest';
import { eventShape, EVENTS } from '../../structure/workflow-schema';
import { finding } from '../rule-context';
import type { RuleContext } from '../rule-context';

/** An `on:` event GitHub does not know never triggers the workflow; GitHub refuses the file (actionlint's events). */
export function events({ workflow }: RuleContext): Finding[] {
  return workflow.triggers
    .filter((trigger) => eventShape(trigger.event) === undefined)
    .map((trigger) => {
      const near = EVENTS.find((event) => event === trigger.event.toLowerCase()) ?? nearest(trigger.event, EVENTS, 3);
      const hint = near !== undefined ? `; did you mean "${near}"?` : '; see "Events that trigger workflows" in GitHub\'s documentation';
      return finding('events', 'error', workflow.file, trigger.range, `"${trigger.event}" is not an event that triggers workflows${hint}`);
    });
}
