// True- and false-positive examples of the ai rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function aiCases(f: FakeSecrets): RuleCases[] {
  const marker = join('T3Blbk', 'FJ');
  const project = join('sk-', 'proj-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const service = join('sk-', 'svcacct-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const legacy = join('sk-', f.chars(BASE62, 20), marker, f.chars(BASE62, 20));
  const admin = join('sk-', 'admin-', f.chars(BASE64URL, 120));
  const anthropic = join('sk-ant-', 'api03-', f.chars(BASE64URL, 93), 'AA');
  const anthropicAdmin = join('sk-ant-', 'admin01-', f.chars(BASE64URL, 93), 'AA');
  const zhipu = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  const zhipu2 = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  return [
    {
      ruleId: 'openai-api-key',
      truePositives: [
        { text: `OPENAI_API_KEY=${project}`, secret: project },
        { text: `codex:\n  api_key: "${service}"\n`, secret: service },
        { text: `openai.api_key = "${legacy}"`, secret: legacy },
        { text: `Authorization: Bearer ${admin}`, secret: admin },
      ],
      falsePositives: [
        'OPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `OPENAI_API_KEY=sk-proj-${f.chars(BASE64URL, 40)}`,
        'OPENAI_API_KEY=sk-...',
        'api_key = os.environ["OPENAI_API_KEY"]',
      ],
    },
    {
      ruleId: 'anthropic-api-key',
      truePositives: [{ text: `ANTHROPIC_API_KEY="${anthropic}"`, secret: anthropic }],
      falsePositives: [
        'ANTHROPIC_API_KEY="sk-ant-api03-YOUR_KEY_HERE"',
        `ANTHROPIC_API_KEY="sk-ant-api03-${f.chars(BASE64URL, 60)}"`,
        'ANTHROPIC_API_KEY=${{ secrets.ANTHROPIC_API_KEY }}',
      ],
    },
    {
      ruleId: 'anthropic-admin-key',
      truePositives: [{ text: `x-api-key: ${anthropicAdmin}`, secret: anthropicAdmin }],
      falsePositives: ['x-api-key: sk-ant-admin01-...', `x-api-key: sk-ant-admin01-${'x'.repeat(93)}AA`],
    },
    {
      ruleId: 'zhipu-api-key',
      truePositives: [
        { text: `ZHIPUAI_API_KEY=${zhipu}`, secret: zhipu },
        { text: `GLM_API_KEY: "${zhipu2}"`, secret: zhipu2 },
      ],
      falsePositives: [
        'ZHIPUAI_API_KEY=your-api-key',
        `build_id = ${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`,
        'ZHIPUAI_API_KEY=${ZHIPUAI_API_KEY}',
      ],
    },
  ];
}
