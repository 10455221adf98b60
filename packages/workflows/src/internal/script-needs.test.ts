import { ghCliNeeds, githubScriptNeeds } from './script-needs';

describe('ghCliNeeds', () => {
  test('maps gh commands to scopes, reads vs writes', () => {
    expect(ghCliNeeds('gh pr view 1\ngh release create v1 dist/*\n  gh run download 5').needs).toEqual({
      'pull-requests': 'read',
      contents: 'write',
      actions: 'read',
    });
    expect(ghCliNeeds('gh pr merge --auto 1').needs).toEqual({ 'pull-requests': 'write', contents: 'write' });
    expect(ghCliNeeds('x=$(gh issue list) ; gh issue comment 3 -b hi').needs).toEqual({ issues: 'write' });
  });

  test('gh api cannot be graded; other words containing gh are not commands', () => {
    expect(ghCliNeeds('gh api repos/x/y').unknown).toBeDefined();
    expect(ghCliNeeds('echo high pr; ./sigh pr comment').needs).toEqual({});
  });
});

describe('githubScriptNeeds', () => {
  test('octokit calls, paginate references and the OIDC token', () => {
    const script = [
      'const files = await github.paginate(github.rest.pulls.listFiles, {});',
      'await github.rest.issues.createComment({});',
      'await github.repos.createCommitStatus({});',
      'await github.rest.repos.getContent({});',
      'const token = await core.getIDToken();',
      'console.log(`${{ github.event.issue.title }}`)',
    ].join('\n');
    expect(githubScriptNeeds(script)).toEqual({
      needs: { 'pull-requests': 'read', issues: 'write', statuses: 'write', contents: 'read', 'id-token': 'write' },
    });
  });

  test('graphql and raw requests are unknown', () => {
    expect(githubScriptNeeds('await github.graphql(q)').unknown).toBeDefined();
    expect(githubScriptNeeds('await github.rest.search.issuesAndPullRequests({})')).toEqual({ needs: {} });
  });
});
