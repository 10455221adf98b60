import { analyzeWorkflows } from '../../../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;
const check = (text: string) =>
  analyzeWorkflows({ files: [{ path: '.github/workflows/w.yml', text }], rules: ['events'] }).findings.map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`);
const job = ['jobs:', '  a:', '    runs-on: x', '    steps: [{ run: x }]'];

describe('events', () => {
  test('unknown events in every form of on:, at the event name', () => {
    expect(check(lines('on: pull-request', ...job))).toEqual(['1:5-17 "pull-request" is not an event that triggers workflows; did you mean "pull_request"?']);
    expect(check(lines('on: [push, Workflow_Dispatch]', ...job))).toEqual(['1:12-29 "Workflow_Dispatch" is not an event that triggers workflows; did you mean "workflow_dispatch"?']);
    expect(check(lines('on:', '  push:', '  deploy_now: {}', ...job))).toEqual([
      '3:3-13 "deploy_now" is not an event that triggers workflows; see "Events that trigger workflows" in GitHub\'s documentation',
    ]);
  });

  test('every documented event passes', () => {
    const text = lines('on: [branch_protection_rule, check_run, merge_group, image_version, registry_package, workflow_run, schedule, watch, gollum]', ...job);
    expect(check(text)).toEqual([]);
  });
});
