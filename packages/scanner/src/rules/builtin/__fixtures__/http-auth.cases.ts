// True- and false-positive examples of the HTTP authentication rules (see rule-cases.ts).
import { BASE62, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { fakePassword } from './generic.cases';
import { uuid } from './provider-fakes';
import type { RuleCases } from './rule-cases';

const basic = (user: string, password: string): string => Buffer.from(`${user}:${password}`).toString('base64');

export function httpAuthCases(f: FakeSecrets): RuleCases[] {
  const bearer = f.chars(BASE62, 32);
  const apiKey = f.chars(HEX, 40);
  const pw = Array.from({ length: 8 }, () => fakePassword(f));
  const keyId = uuid(f);
  const token = f.chars(BASE62, 40);
  // A short password, eight distinct characters and the first again: 2.95 bits a character, under 3.
  let shortPw = '';
  while (shortPw.length < 6) {
    const c = f.chars('ABCDEFGHJKmnpqrstuvw', 1);
    if (!shortPw.includes(c)) shortPw += c;
  }
  const repeated = `${shortPw}${f.chars(DIGITS, 1)}#${shortPw[0]!}`;
  return [
    {
      ruleId: 'curl-auth-header',
      truePositives: [
        { text: `curl -X POST -H "Authorization: Bearer ${bearer}" https://api.acme.internal/v1/jobs`, secret: bearer },
        { text: `curl -s \\\n  -H 'Content-Type: application/json' \\\n  -H 'X-API-Key: ${apiKey}' \\\n  https://api.acme.internal/v2/items`, secret: apiKey },
        { text: `curl --header "Authorization: Basic ${basic('deploy', pw[0]!)}" https://ci.acme.internal/job/build`, secret: pw[0]! },
        { text: `    - curl -fsS -H "Private-Token: ${token}" "$API/projects"\n`, secret: token },
        { text: `#  curl -H 'Authorization: Token ${apiKey}' https://api.acme.internal/`, secret: apiKey },
        { text: `curl --header='Authorization: ${keyId}' https://api.acme.internal/`, secret: keyId },
      ],
      falsePositives: [
        'curl -H "Authorization: Bearer $API_TOKEN" https://api.acme.internal/',
        'curl -H "Authorization: Bearer ${{ secrets.TOKEN }}" https://api.acme.internal/',
        'curl -H "Authorization: Bearer <token>" https://api.acme.internal/',
        'curl -H "Authorization: Bearer XXXXXXXXXXXX" https://api.acme.internal/',
        'curl -H "Authorization: Token **********" https://api.acme.internal/',
        `curl -H "Authorization: Basic ${basic('username', 'password')}" https://api.acme.internal/`,
        'curl -H "Authorization: Basic ..." https://api.acme.internal/',
        'curl -H "Authorization: Bearer $(gcloud auth print-access-token)" https://run.googleapis.com/',
        'curl -H "X-API-Key: YOUR_API_KEY" https://api.acme.internal/',
        'curl -H "Content-Type: application/json" -H "Accept: application/json" https://api.acme.internal/',
      ],
    },
    {
      ruleId: 'curl-auth-user',
      truePositives: [
        { text: `curl -u deploy:${pw[1]} https://registry.acme.internal/v2/_catalog`, secret: pw[1]! },
        { text: `curl -X POST \\\n  -H 'Content-Type: application/json' \\\n  --user 'ci-bot:${pw[2]}' \\\n  https://api.acme.internal/hooks`, secret: pw[2]! },
        { text: `*/15 * * * * curl -fsS --user "monitor:${pw[3]}" https://status.acme.internal/ping > /dev/null\n`, secret: pw[3]! },
        { text: `curl https://api.acme.internal/v1/charges -u ${token}:`, secret: token },
        { text: `curl -s --user=reports:'${pw[4]}' https://bi.acme.internal/export.csv`, secret: pw[4]! },
      ],
      falsePositives: [
        'curl -u "$USER:$PASS" https://api.acme.internal/',
        'curl -u "${{ secrets.USER }}:${{ secrets.PASS }}" https://api.acme.internal/',
        'curl -u <user:password> https://api.acme.internal/',
        'curl -u user:pass https://api.acme.internal/',
        'curl -u elastic:changeme https://localhost:9200',
        'curl -u admin:admin http://localhost:8080/',
        'curl -u "myusername" https://api.acme.internal/',
        'curl --user "$(cat login.txt):$(cat password.txt)" https://api.acme.internal/',
        'docker run -u 1000:1000 acme/app',
        'curl --user-agent "acme:1.0" https://api.acme.internal/',
      ],
    },
    {
      ruleId: 'authorization-header',
      truePositives: [
        { text: `const res = await fetch(url, { headers: { Authorization: 'Bearer ${bearer}' } });`, secret: bearer },
        { text: `headers = {"Authorization": "Token ${apiKey}", "Accept": "application/json"}`, secret: apiKey },
        { text: `GET https://api.acme.internal/v1/me\nAuthorization: Bearer ${token}\n`, secret: token },
        { text: `proxy_set_header Authorization "Basic ${basic('gateway', pw[5]!)}";`, secret: pw[5]! },
        { text: `conn.request("GET", "/", headers={"authorization": "Basic ${basic('svc-reports', pw[6]!)}"})`, secret: pw[6]! },
        { text: `Authorization: Basic ${basic('metrics', repeated)}\n`, secret: repeated },
      ],
      falsePositives: [
        'headers: { Authorization: `Bearer ${token}` }',
        'req.setHeader("Authorization", "Bearer " + accessToken);',
        'Authorization: Bearer {{access_token}}',
        'Authorization: Bearer <access_token>',
        // RFC 7617's example credentials.
        `Authorization: Basic ${basic('Aladdin', 'open sesame')}`,
        `"Authorization": "Basic ${basic('username', 'password')}"`,
        'authorization: required',
        `Authorization: Bearer ${'a'.repeat(32)}`,
      ],
    },
  ];
}
