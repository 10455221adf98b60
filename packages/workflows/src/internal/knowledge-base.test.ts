import { jobNeeds, parseWorkflowFile } from '../index';
import { KNOWN_ACTIONS } from './known-actions';
import type { WorkflowModel } from '../index';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** Needs of the single job of a workflow whose steps are given, as "scope=level" strings. */
function needs(...steps: string[]): { needs: string[]; unknown: number } {
  const wf = parseWorkflowFile('w.yml', lines('on: push', 'jobs:', '  a:', '    runs-on: x', '    steps:', ...steps)) as WorkflowModel;
  const result = jobNeeds(wf, wf.jobs[0]);
  return { needs: result.needs.map((n) => `${n.scope}=${n.level}`).sort(), unknown: result.unknown.length };
}

describe('knowledge base', () => {
  test.each([
    [['      - uses: actions/setup-node@v4', '      - uses: actions/cache/restore@v4', '      - uses: actions/upload-artifact@v4'], []],
    [['      - uses: actions/download-artifact@v4', '        with: { run-id: "1" }'], ['actions=read']],
    [['      - uses: docker/login-action@v3', '        with: { registry: ghcr.io, password: "${{ secrets.GITHUB_TOKEN }}" }'], ['packages=write']],
    [['      - uses: docker/login-action@v3', '        with: { registry: docker.io, password: "${{ secrets.HUB }}" }'], []],
    [['      - uses: google-github-actions/auth@v2', '        with: { workload_identity_provider: p }'], ['id-token=write']],
    [['      - uses: google-github-actions/auth@v2', '        with: { credentials_json: "${{ secrets.SA }}" }'], []],
    [['      - uses: azure/login@v2', '        with: { client-id: c, tenant-id: t, subscription-id: s }'], ['id-token=write']],
    [['      - uses: pypa/gh-action-pypi-publish@release/v1'], ['id-token=write']],
    [['      - uses: pypa/gh-action-pypi-publish@release/v1', '        with: { password: "${{ secrets.PYPI }}" }'], []],
    [['      - uses: ./sync', '        with: { vault-role: ci }'], ['id-token=write']],
    [['      - uses: org/mcp-secrets/sync@v1', '        with: { vault-role-id: r, vault-secret-id: s }'], []],
    [['      - uses: actions/attest-build-provenance@v2'], ['attestations=write', 'id-token=write']],
    [["      - run: 'curl -H \"Authorization: bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN\" \"$ACTIONS_ID_TOKEN_REQUEST_URL\"'"], ['id-token=write']],
    [['      - run: npm ci && npm publish'], ['id-token=write']],
    [['      - run: gh release create v1', '        env: { GH_TOKEN: "${{ secrets.PAT }}" }'], []],
    [['      - uses: actions/stale@v9'], ['issues=write', 'pull-requests=write']],
    [['      - uses: actions/stale@v9', '        with: { delete-branch: true }'], ['contents=write', 'issues=write', 'pull-requests=write']],
    [['      - uses: zizmorcore/zizmor-action@v0.2.0'], ['actions=read', 'contents=read', 'security-events=write']],
    [['      - uses: zizmorcore/zizmor-action@v0.2.0', '        with: { advanced-security: false }'], ['contents=read']],
    [['      - uses: dorny/test-reporter@v2'], ['actions=read', 'checks=write', 'contents=read']],
    [['      - uses: EnricoMi/publish-unit-test-result-action/linux@v2'], ['checks=write', 'contents=read', 'issues=read', 'pull-requests=write']],
    [['      - uses: peaceiris/actions-gh-pages@v4', '        with: { github_token: "${{ secrets.GITHUB_TOKEN }}" }'], ['contents=write']],
    [['      - uses: peaceiris/actions-gh-pages@v4', '        with: { deploy_key: "${{ secrets.KEY }}" }'], []],
    [['      - uses: depot/build-push-action@v1'], ['id-token=write']],
    [['      - uses: depot/build-push-action@v1', '        with: { token: "${{ secrets.DEPOT }}" }'], []],
    [['      - uses: changesets/action@v1', '        env: { GITHUB_TOKEN: "${{ secrets.BOT_TOKEN }}" }'], []],
    [['      - uses: changesets/action@v1', '        env: { GITHUB_TOKEN: "${{ secrets.GITHUB_TOKEN }}" }'], ['contents=write', 'pull-requests=write']],
    [['      - uses: dessant/lock-threads@v5', '        with: { process-only: "issues, prs" }'], ['issues=write', 'pull-requests=write']],
    [['      - uses: dessant/lock-threads@v5'], ['discussions=write', 'issues=write', 'pull-requests=write']],
    [['      - uses: goreleaser/goreleaser-action@v6', '        with: { args: release --snapshot --clean }'], []],
    [['      - uses: goreleaser/goreleaser-action@v6', '        with: { args: release --clean }'], ['contents=write']],
    [['      - uses: release-drafter/release-drafter@v6', '        with: { disable-releaser: true }'], ['pull-requests=write']],
    [['      - uses: Swatinem/rust-cache@v2', '      - uses: taiki-e/install-action@v2', '      - uses: golangci/golangci-lint-action@v8'], ['contents=read', 'pull-requests=read']],
  ])('%#: %j', (steps: string[], expected: string[]) => {
    expect(needs(...steps)).toEqual({ needs: expected, unknown: 0 });
  });

  test('every entry names its source, once, in lower case', () => {
    const names = KNOWN_ACTIONS.map((a) => a.action);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => n !== n.toLowerCase() || !/^[\w.-]+\/[\w.*/-]+$/.test(n))).toEqual([]);
    expect(KNOWN_ACTIONS.filter((a) => !a.source.startsWith(`https://github.com/${a.action.split('/').slice(0, 2).join('/')}`))).toEqual([]);
    expect(KNOWN_ACTIONS.length).toBeGreaterThan(250);
  });

  test('unknown consumers: unlisted actions, gh api, the token in a script, reusable calls', () => {
    expect(needs('      - uses: someone/else@v1').unknown).toBe(1);
    expect(needs('      - run: gh api /repos', '        env: { GH_TOKEN: "${{ github.token }}" }').unknown).toBe(1);
    expect(needs('      - run: curl -H "token ${{ secrets.GITHUB_TOKEN }}" x').unknown).toBe(1);
    const wf = parseWorkflowFile('w.yml', lines('on: push', 'jobs:', '  a:', '    uses: ./.github/workflows/r.yml')) as WorkflowModel;
    expect(jobNeeds(wf, wf.jobs[0]).unknown).toEqual(['the called workflow ./.github/workflows/r.yml']);
  });

  test('git push needs contents: write only with the checkout credentials of the job token', () => {
    expect(needs('      - uses: actions/checkout@v4', '      - run: git push').needs).toEqual(['contents=write']);
    expect(needs('      - uses: actions/checkout@v4', '        with: { token: "${{ secrets.PAT }}" }', '      - run: git push').needs).toEqual([]);
    expect(needs('      - uses: actions/checkout@v4', '        with: { persist-credentials: false }', '      - run: git push').needs).toEqual(['contents=read']);
  });
});
