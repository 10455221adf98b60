/**
 * Fetches the job's OIDC token from the runner's token service, as
 * `core.getIDToken` does: GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=..., bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. The job needs `permissions: id-token: write`.
 */
export async function fetchIdToken(env: NodeJS.ProcessEnv, audience: string): Promise<string> {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !bearer) {
    throw new Error(
      'no GitHub OIDC token is available: give the job `permissions: id-token: write` (forks and Dependabot runs never get one)',
    );
  }
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  const response = await fetch(target, {
    headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json; api-version=2.0' },
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    throw new Error(`the runner's OIDC token service answered HTTP ${response.status}`);
  }
  const body = (await response.json()) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value === '') {
    throw new Error("the runner's OIDC token service returned no token");
  }
  return body.value;
}
