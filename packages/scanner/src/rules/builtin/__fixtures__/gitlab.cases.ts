// True- and false-positive examples of the gitlab rules (see rule-cases.ts).
import { BASE36, BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';
import { inFiles, LOWER_ALNUM } from './snippets';

/** A kind whose tokens are `<prefix><body>`: cases from the prefix, the body's alphabet and length. */
function simple(f: FakeSecrets, ruleId: string, prefix: string, alphabet: string, length: number, setting: string): RuleCases {
  const [head, tail] = [prefix.slice(0, 2), prefix.slice(2)];
  const a = join(head, tail, f.chars(alphabet, length));
  const b = join(head, tail, f.chars(alphabet, length));
  return {
    ruleId,
    truePositives: [...inFiles(setting, a, ['env', 'yaml', 'json']), { text: `curl --header "PRIVATE-TOKEN: ${b}" https://gitlab.example.com/api/v4/projects`, secret: b }],
    falsePositives: [
      `${setting}=${prefix}${f.chars(alphabet, length - 1)}`,
      `${setting}=${prefix}${'x'.repeat(length)}`,
      `${setting}=${prefix}<token>`,
      `${setting.toLowerCase()}: \${{ secrets.${setting} }}`,
    ],
  };
}

/** A routable token: base64url payload, `.`, optional version `01.`, the payload length and its CRC32 (base36). */
function routable(f: FakeSecrets, prefix: string, versioned: boolean): string {
  return f.gitlabRoutableToken(prefix, versioned);
}

/** The same token with its checksum's last character changed: a lookalike, not a GitLab token. */
function wrongCrc(token: string): string {
  return `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`;
}

export function gitlabCases(f: FakeSecrets): RuleCases[] {
  const pat = routable(f, 'glpat-', true);
  const patUnversioned = routable(f, 'glpat-', false);
  const runner = join('gl', 'rt-t1_', f.chars(BASE64URL, 20));
  const runnerRoutable = routable(f, 'glrt-t2_', true);
  const jobToken = join('gl', 'cbt-', '64_', f.chars(BASE64URL, 20));
  const b64 = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jobJwt = join('gl', 'cbt-', b64({ alg: 'RS256', kid: f.chars(BASE64URL, 12), typ: 'JWT' }), '.', b64({ sub: 'job_123', iss: 'gitlab.com', o: '1' }), '.', f.chars(BASE64URL, 86));
  const session = f.chars(LOWER_ALNUM, 32);
  const trigger = join('gl', 'ptt-', f.chars(HEX, 40));
  const deployRoutable = routable(f, 'gldt-', true);
  const cases: RuleCases[] = [
    simple(f, 'gitlab-pat', 'glpat-', BASE64URL, 20, 'GITLAB_TOKEN'),
    {
      ruleId: 'gitlab-pat-routable',
      truePositives: [
        ...inFiles('GITLAB_TOKEN', pat, ['env', 'code', 'shell']),
        { text: `git remote add origin https://oauth2:${patUnversioned}@gitlab.com/acme/app.git`, secret: patUnversioned },
      ],
      falsePositives: [
        `GITLAB_TOKEN=glpat-${f.chars(BASE64URL, 38)}.01.${f.chars(BASE36, 8)}`,
        `GITLAB_TOKEN=glpat-${f.chars(BASE64URL, 38)}.01.${f.chars(BASE62, 9).toUpperCase()}`,
        'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.01.xxxxxxxxx',
        `GITLAB_TOKEN=${wrongCrc(routable(f, 'glpat-', true))}`,
        `git remote add origin https://oauth2:${wrongCrc(routable(f, 'glpat-', false))}@gitlab.com/acme/app.git`,
      ],
    },
    simple(f, 'gitlab-deploy-token', 'gldt-', BASE64URL, 20, 'CI_DEPLOY_PASSWORD'),
    {
      ruleId: 'gitlab-cicd-job-token',
      truePositives: [
        { text: `curl --header "JOB-TOKEN: ${jobToken}" "$CI_API_V4_URL/projects/1/packages"`, secret: jobToken },
        // A JWT job token: one finding, this rule's (not the jwt rule's on its body).
        { text: `CI_JOB_TOKEN=${jobJwt}\n`, secret: jobJwt },
      ],
      falsePositives: ['JOB-TOKEN: $CI_JOB_TOKEN', `token: glcbt-64_${f.chars(BASE64URL, 12)}`, `token: glcbt-${f.chars(BASE64URL, 20)}`],
    },
    simple(f, 'gitlab-feature-flag-client-token', 'glffct-', BASE64URL, 20, 'UNLEASH_INSTANCE_ID'),
    simple(f, 'gitlab-feed-token', 'glft-', BASE64URL, 20, 'GITLAB_FEED_TOKEN'),
    simple(f, 'gitlab-incoming-mail-token', 'glimt-', BASE64URL, 25, 'INCOMING_EMAIL_TOKEN'),
    simple(f, 'gitlab-kubernetes-agent-token', 'glagent-', BASE64URL, 50, 'AGENT_TOKEN'),
    simple(f, 'gitlab-oauth-app-secret', 'gloas-', HEX, 64, 'GITLAB_OAUTH_SECRET'),
    {
      ruleId: 'gitlab-ptt',
      truePositives: [
        { text: `curl -X POST -F token=${trigger} -F ref=main https://gitlab.example.com/api/v4/projects/9/trigger/pipeline`, secret: trigger },
        ...inFiles('TRIGGER_TOKEN', trigger, ['env', 'yaml']),
      ],
      falsePositives: ['token=glptt-0000000000000000000000000000000000000000', `token=glptt-${f.chars(BASE62, 40)}`, 'token=glptt-$TRIGGER_TOKEN'],
    },
    simple(f, 'gitlab-rrt', 'GR1348941', BASE64URL, 20, 'REGISTRATION_TOKEN'),
    {
      ...simple(f, 'gitlab-runner-authentication-token', 'glrt-', BASE64URL, 20, 'RUNNER_TOKEN'),
    },
    {
      ruleId: 'gitlab-runner-authentication-token-routable',
      truePositives: [{ text: `[[runners]]\n  name = "build-01"\n  token = "${runnerRoutable}"\n`, secret: runnerRoutable }],
      falsePositives: [`token = "glrt-t2_${f.chars(BASE64URL, 38)}.01"`, 'token = "glrt-t1_<runner token>"', `token = "${wrongCrc(routable(f, 'glrt-t2_', true))}"`],
    },
    simple(f, 'gitlab-scim-token', 'glsoat-', BASE64URL, 20, 'SCIM_TOKEN'),
    simple(f, 'gitlab-workspace-token', 'glwt-', BASE64URL, 20, 'WORKSPACE_TOKEN'),
    {
      ruleId: 'gitlab-session-cookie',
      truePositives: [{ text: `curl -b "_gitlab_session=${session}" https://gitlab.example.com/admin`, secret: session }],
      falsePositives: ['Cookie: _gitlab_session=$SESSION', `_gitlab_session=${f.chars(LOWER_ALNUM, 31)}`, '_gitlab_session=00000000000000000000000000000000'],
    },
  ];
  // The runner token with its runner-type marker, and a deploy token in the routable format.
  cases.find((c) => c.ruleId === 'gitlab-runner-authentication-token')!.truePositives.push({ text: `[[runners]]\n  token = "${runner}"\n`, secret: runner });
  cases.find((c) => c.ruleId === 'gitlab-deploy-token')!.truePositives.push({ text: `password: ${deployRoutable}`, secret: deployRoutable });
  return cases;
}
