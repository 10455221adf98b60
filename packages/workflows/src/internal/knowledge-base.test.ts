import { jobNeeds, parseWorkflowFile } from '../index';
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
    [['      - run: gh release create v1', '        env: { GH_TOKEN: "${{ secrets.PAT }}" }'], []],
  ])('%#: %j', (steps: string[], expected: string[]) => {
    expect(needs(...steps)).toEqual({ needs: expected, unknown: 0 });
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
