// True- and false-positive examples of the vcs rules (see rule-cases.ts).
import { BASE36, BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function githubCases(f: FakeSecrets): RuleCases[] {
  const kinds: Array<[string, string]> = [
    ['github-pat', 'ghp'],
    ['github-oauth-token', 'gho'],
    ['github-app-user-token', 'ghu'],
    ['github-app-installation-token', 'ghs'],
    ['github-refresh-token', 'ghr'],
  ];
  const classic = kinds.map(([ruleId, prefix]): RuleCases => {
    const a = f.checksummedToken(prefix);
    const b = f.checksummedToken(prefix);
    return {
      ruleId,
      truePositives: [
        { text: `GITHUB_TOKEN=${a}\n`, secret: a },
        // The URL-credentials rule defers to the provider rule: one leak, one finding.
        { text: `git clone https://x-access-token:${b}@github.com/acme/app.git`, secret: b },
      ],
      falsePositives: [
        `token: ${prefix}_${'x'.repeat(36)}`,
        `token: ${prefix}_${f.chars(BASE62, 35)}`,
        `token: ${prefix}_${f.chars(BASE62, 37)}`,
        `token: ${prefix}_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ`,
        'GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}',
      ],
    };
  });
  const fine = join('github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 59));
  return [
    ...classic,
    {
      ruleId: 'github-fine-grained-pat',
      truePositives: [{ text: `export GH_TOKEN="${fine}"`, secret: fine }],
      falsePositives: [
        join('GH_TOKEN=github', '_pat_', f.chars(BASE62, 22), '_', f.chars(BASE62, 58)),
        join('GH_TOKEN=github', '_pat_', 'X'.repeat(22), '_', 'X'.repeat(59)),
        'GH_TOKEN=github_pat_<your token>',
      ],
    },
  ];
}

export function gitlabCases(f: FakeSecrets): RuleCases[] {
  const legacy = join('glpat', '-', f.chars(BASE64URL, 20));
  const routable = join('glpat', '-', f.chars(BASE64URL, 37), '.01.', f.chars(BASE36, 9));
  const deploy = join('gldt', '-', f.chars(BASE64URL, 20));
  const runner = join('glrt', '-t1_', f.chars(BASE64URL, 20));
  const registration = join('GR1348', '941', f.chars(BASE64URL, 20));
  const trigger = join('glptt', '-', f.chars(HEX, 40));
  const oauth = join('gloas', '-', f.chars(HEX, 64));
  return [
    {
      ruleId: 'gitlab-pat',
      truePositives: [
        { text: `GITLAB_TOKEN=${legacy}`, secret: legacy },
        { text: `curl --header "PRIVATE-TOKEN: ${routable}" https://gitlab.com/api/v4/user`, secret: routable },
      ],
      falsePositives: [
        'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx',
        `GITLAB_TOKEN=glpat-${f.chars(BASE62, 19)}`,
        'GITLAB_TOKEN=glpat-your_personal_token',
      ],
    },
    {
      ruleId: 'gitlab-deploy-token',
      truePositives: [{ text: `password: ${deploy}`, secret: deploy }],
      falsePositives: ['password: gldt-XXXXXXXXXXXXXXXXXXXX', `password: gldt-${f.chars(BASE62, 12)}`],
    },
    {
      ruleId: 'gitlab-runner-token',
      truePositives: [
        { text: `[[runners]]\n  token = "${runner}"\n`, secret: runner },
        { text: `gitlab-runner register --registration-token ${registration}`, secret: registration },
      ],
      falsePositives: ['token = "glrt-your_runner_token_here"', 'token = "GR1348941xxxxxxxxxxxxxxxxxxxx"'],
    },
    {
      ruleId: 'gitlab-token',
      truePositives: [
        { text: `curl -X POST -F token=${trigger} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`, secret: trigger },
        { text: `OAUTH_APP_SECRET: ${oauth}`, secret: oauth },
      ],
      falsePositives: ['feed: glft-abc123', 'token=glptt-0000000000000000000000000000000000000000'],
    },
  ];
}
