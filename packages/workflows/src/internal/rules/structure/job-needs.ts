import type { Finding, SourceRange } from '../../../model';
import { sourceOf } from '../../parsed-sources';
import { keyText } from '../../source';
import type { YamlSource } from '../../source';
import { nearest } from '../../structure/nearest';
import { finding } from '../rule-context';
import type { RuleContext } from '../rule-context';

const RULE = 'job-needs';

interface JobNode {
  id: string;
  range: SourceRange;
  needs: { name: string; range: SourceRange }[];
}

/**
 * `needs:` naming a job the workflow does not have, naming one twice, or closing a cycle (the jobs
 * of a cycle never start): at the name, or at the first job of the cycle (actionlint's job-needs).
 * Job ids compare case-insensitively, as GitHub does.
 */
export function jobDependencies({ workflow }: RuleContext): Finding[] {
  const source = sourceOf(workflow);
  if (source === undefined) return [];
  const jobs = readJobs(source);
  const byId = new Map(jobs.map((job) => [job.id.toLowerCase(), job]));
  const out: Finding[] = [];
  for (const job of jobs) {
    const seen = new Set<string>();
    for (const need of job.needs) {
      const wanted = need.name.toLowerCase();
      if (seen.has(wanted)) {
        out.push(finding(RULE, 'error', workflow.file, need.range, `job "${job.id}" lists "${need.name}" twice in needs: (job ids are case-insensitive)`));
        continue;
      }
      seen.add(wanted);
      if (!byId.has(wanted)) {
        const near = nearest(need.name, byId.keys());
        const hint = near !== undefined ? `; did you mean "${byId.get(near)?.id}"?` : '';
        out.push(finding(RULE, 'error', workflow.file, need.range, `job "${job.id}" needs "${need.name}", which is not a job of this workflow${hint}`));
      }
    }
  }
  for (const cycle of cycles(jobs, byId)) {
    const names = [...cycle, cycle[0]].map((job) => `"${job.id}"`);
    // A long cycle is named by its first jobs and its length.
    const path = names.length <= 12 ? names.join(' -> ') : `${names.slice(0, 10).join(' -> ')} -> ... (${cycle.length} jobs)`;
    out.push(finding(RULE, 'error', workflow.file, cycle[0].range, `the needs: of these jobs form a cycle, so none of them ever starts: ${path}`));
  }
  return out;
}

function readJobs(source: YamlSource): JobNode[] {
  const jobs = source.pairs(source.get(source.doc.contents, 'jobs')?.value);
  return jobs.map((pair) => {
    const needs = source.get(pair.value, 'needs')?.value;
    const items = source.items(needs);
    return {
      id: keyText(pair),
      range: source.nodeRange(pair.key),
      needs: (items.length > 0 ? items : [needs]).flatMap((item) => {
        const name = source.scalarText(item);
        // An expression is no job id (GitHub refuses it); it is left to the expression checks.
        return name === undefined || name.includes('${{') ? [] : [{ name, range: source.nodeRange(item) }];
      }),
    };
  });
}

/** Each cycle once, as a path from its first job in file order (a job needing itself included). */
function cycles(jobs: readonly JobNode[], byId: ReadonlyMap<string, JobNode>): JobNode[][] {
  const edges = new Map(jobs.map((job) => [job, job.needs.flatMap((need) => byId.get(need.name.toLowerCase()) ?? [])]));
  const state = new Map<JobNode, 'open' | 'done'>();
  const found: JobNode[][] = [];
  const stack: JobNode[] = [];
  // Iterative depth-first search: a workflow may have hundreds of jobs chained one to the next.
  for (const start of jobs) {
    if (state.has(start)) continue;
    const frames: { job: JobNode; next: number }[] = [{ job: start, next: 0 }];
    state.set(start, 'open');
    stack.push(start);
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const targets = edges.get(frame.job) ?? [];
      if (frame.next >= targets.length) {
        state.set(frame.job, 'done');
        stack.pop();
        frames.pop();
        continue;
      }
      const target = targets[frame.next++];
      const seen = state.get(target);
      if (seen === 'open') {
        const cycle = stack.slice(stack.indexOf(target));
        found.push(rotateToFirst(cycle, jobs));
      } else if (seen === undefined) {
        state.set(target, 'open');
        stack.push(target);
        frames.push({ job: target, next: 0 });
      }
    }
  }
  return found;
}

/** The cycle starting at its job that comes first in the file, so it is reported at that job. */
function rotateToFirst(cycle: JobNode[], jobs: readonly JobNode[]): JobNode[] {
  let first = 0;
  for (let i = 1; i < cycle.length; i++) if (jobs.indexOf(cycle[i]) < jobs.indexOf(cycle[first])) first = i;
  return [...cycle.slice(first), ...cycle.slice(0, first)];
}
