import { GITHUB_ANNOTATIONS_PER_LEVEL } from '@mcp-secrets/reporting';
import type { AnnotationLevel, HeldAnnotation } from './capture';

export const ANNOTATION_LEVELS: readonly AnnotationLevel[] = ['error', 'warning', 'notice'];

export interface SharedAnnotations {
  /** Per part (same order as given), the annotations kept, in the part's own order. */
  kept: HeldAnnotation[][];
  omitted: Record<AnnotationLevel, number>;
}

/**
 * GitHub shows 10 annotations of each level per step, and the gate is one step: each level's
 * slots are dealt round-robin across the parts, so one noisy part cannot hide another's
 * findings. Each part already lists its own most important annotations first.
 * `reserveError` keeps error slots for the step's own failure message.
 */
export function shareAnnotations(perPart: readonly (readonly HeldAnnotation[])[], reserveError = 0): SharedAnnotations {
  const kept: HeldAnnotation[][] = perPart.map(() => []);
  const omitted: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of ANNOTATION_LEVELS) {
    const queues = perPart.map((annotations) => annotations.filter((a) => a.level === level));
    let slots = Math.max(0, GITHUB_ANNOTATIONS_PER_LEVEL - (level === 'error' ? reserveError : 0));
    const next = queues.map(() => 0);
    let dealt = true;
    while (slots > 0 && dealt) {
      dealt = false;
      queues.forEach((queue, part) => {
        const index = next[part];
        if (slots === 0 || index >= queue.length) return;
        kept[part].push(queue[index]);
        next[part] = index + 1;
        slots -= 1;
        dealt = true;
      });
    }
    omitted[level] = queues.reduce((sum, queue, part) => sum + queue.length - next[part], 0);
  }
  // Back to each part's own order (most severe first), whatever the dealing order was.
  kept.forEach((annotations, part) => {
    const order = perPart[part];
    annotations.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  });
  return { kept, omitted };
}
