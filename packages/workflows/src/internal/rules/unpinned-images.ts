import type { ActionModel, ContainerSpec, Finding, Job, KeyedValue, LocatedString, SourceRange } from '../../model';
import { contextPattern } from '../expression-contexts';
import { parseExpression } from '../expression-parser';
import { finding } from './rule-context';
import type { RuleContext } from './rule-context';
import { keySpan } from './spans';

const RULE = 'unpinned-images';

/**
 * Container and service images with no tag or `latest` (zizmor's default policy: a tag other
 * than latest is left to the pedantic persona), at the `image:` (or the `container:` string).
 * A `uses: docker://` step is unpinned-uses' to report, as in zizmor. `${{ matrix.x }}` is
 * checked for each value the matrix gives it; any other expression may be unpinned (warning).
 */
export function unpinnedImages({ workflow }: RuleContext): Finding[] {
  return workflow.jobs.flatMap((job) => {
    const refs: { value: LocatedString; at: SourceRange }[] = [];
    for (const spec of [job.container, ...(job.services ?? [])]) if (spec?.image && (spec.name === 'container' || spec.image.key === 'image')) refs.push({ value: spec.image, at: imageSpan(job, spec, spec.image) });
    return refs.flatMap(({ value, at }) => check(workflow.file, job, value, at));
  });
}

/** A Docker action's `runs.image: docker://...`. */
export function actionUnpinnedImages(action: ActionModel): Finding[] {
  const image = action.image;
  if (image === undefined || !image.value.startsWith('docker://')) return [];
  return check(action.file, undefined, image, { ...image.keyRange, endLine: image.range.endLine, endColumn: image.range.endColumn });
}

function imageSpan(job: Job, spec: ContainerSpec, image: KeyedValue): SourceRange {
  if (spec.name === 'container' && image.key === 'container') return keySpan(job.keySpans, 'container', image.range);
  return { line: image.keyRange.line, column: image.keyRange.column, endLine: image.range.endLine, endColumn: image.range.endColumn };
}

function check(file: string, job: Job | undefined, image: LocatedString, at: SourceRange): Finding[] {
  const whole = /^\s*\$\{\{([\s\S]*)\}\}\s*$/.exec(image.value);
  if (image.expressions.length === 0) return verdict(file, image.value, at);
  const tree = whole ? parseExpression(whole[1]) : undefined;
  const pattern = tree?.kind === 'context' ? contextPattern(tree) : undefined;
  const values = pattern?.startsWith('matrix.') ? job?.matrix?.values.get(pattern) : undefined;
  if (values !== undefined && values.every((v) => v.expressions.length === 0)) return values.flatMap((v) => verdict(file, v.value, at));
  return [finding(RULE, 'warning', file, at, `the image ${image.value.trim()} is computed at run time and may not be pinned; pin it by digest (image@sha256:...)`)];
}

function verdict(file: string, raw: string, at: SourceRange): Finding[] {
  const image = raw.trim().replace(/^docker:\/\//, '');
  if (image === '' || image.includes('@sha256:')) return [];
  const name = image.slice(image.lastIndexOf('/') + 1);
  const tag = name.includes(':') ? name.slice(name.indexOf(':') + 1) : undefined;
  if (tag !== undefined && tag !== 'latest') return [];
  const what = tag === undefined ? 'has no tag' : 'is pinned to latest';
  return [finding(RULE, 'error', file, at, `the image ${image} ${what}, so the registry decides what runs; pin it by digest (${image.replace(/:latest$/, '')}@sha256:<digest>)`)];
}
