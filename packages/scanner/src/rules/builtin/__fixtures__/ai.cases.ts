// True- and false-positive examples of the ai rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function aiCases(f: FakeSecrets): RuleCases[] {
  const marker = join('T3Blbk', 'FJ');
  const project = join('sk-', 'proj-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const service = join('sk-', 'svcacct-', f.chars(BASE64URL, 74), marker, f.chars(BASE64URL, 74));
  const legacy = join('sk-', f.chars(BASE62, 20), marker, f.chars(BASE62, 20));
  const admin = join('sk-', 'admin-', f.chars(BASE64URL, 120));
  const anthropic = join('sk-ant-', 'api03-', f.chars(BASE64URL, 93), 'AA');
  const anthropic2 = join('sk-ant-', 'api03-', f.chars(BASE64URL, 93), 'AA');
  const anthropicAdmin = join('sk-ant-', 'admin01-', f.chars(BASE64URL, 93), 'AA');
  const zhipu = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  const zhipu2 = `${f.chars(HEX, 32)}.${f.chars(BASE62, 16)}`;
  const cohere = [f.chars(BASE62, 40), f.chars(BASE62, 40), f.chars(BASE62, 40)];
  const pplx = [join('pp', 'lx-', f.chars(BASE62, 48)), join('pp', 'lx-', f.chars(BASE62, 48))];
  const privateAi = [f.chars(LOWER_ALNUM, 32), f.chars(LOWER_ALNUM, 32)];
  const groq = [join('gs', 'k_', f.chars(BASE62, 52)), join('gs', 'k_', f.chars(BASE62, 52))];
  const mistral = [f.chars(BASE62, 32), f.chars(BASE62, 32), f.chars(BASE62, 32)];
  const deepseek = [join('sk', '-', f.chars(HEX, 32)), join('sk', '-', f.chars(HEX, 32))];
  const xai = [join('xa', 'i-', f.chars(BASE62, 80)), join('xa', 'i-', f.chars(BASE62, 80))];
  const openrouter = [join('sk-or', '-v1-', f.chars(HEX, 64)), join('sk-or', '-v1-', f.chars(HEX, 64))];
  const together = join('tgp', '_v1_', f.chars(BASE64URL, 43));
  const togetherLegacy = f.chars(HEX, 64);
  const fireworks = [join('fw', '_', f.chars(BASE62, 24)), join('fw', '_', f.chars(BASE62, 24))];
  const cerebras = [join('cs', 'k-', f.chars(LOWER_ALNUM, 48)), join('cs', 'k-', f.chars(LOWER_ALNUM, 48))];
  const nvidia = [join('nva', 'pi-', f.chars(BASE64URL, 64)), join('nva', 'pi-', f.chars(BASE64URL, 64))];
  const gemini = [join('AQ.', 'Ab8RN6', f.chars(BASE64URL, 44)), join('AQ.', 'Ab8RN6', f.chars(BASE64URL, 44))];
  const kimi = [join('sk', '-', f.chars(BASE62, 48)), join('sk', '-', f.chars(BASE62, 48))];
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
      truePositives: [
        { text: `ANTHROPIC_API_KEY="${anthropic}"`, secret: anthropic },
        { text: `const client = new Anthropic({ apiKey: '${anthropic2}' });`, secret: anthropic2 },
      ],
      falsePositives: [
        'ANTHROPIC_API_KEY="sk-ant-api03-YOUR_KEY_HERE"',
        `ANTHROPIC_API_KEY="sk-ant-api03-${f.chars(BASE64URL, 60)}"`,
        'ANTHROPIC_API_KEY=${{ secrets.ANTHROPIC_API_KEY }}',
      ],
    },
    {
      ruleId: 'anthropic-admin-api-key',
      truePositives: [{ text: `curl https://api.anthropic.com/v1/organizations/users -H "x-api-key: ${anthropicAdmin}"`, secret: anthropicAdmin }],
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
    {
      ruleId: 'cohere-api-token',
      truePositives: [
        { text: `CO_API_KEY=${cohere[0]}`, secret: cohere[0]! },
        { text: `import cohere\nco = cohere.Client("${cohere[1]}")\n`, secret: cohere[1]! },
        { text: `{"cohere": {"api_key": "${cohere[2]}"}}`, secret: cohere[2]! },
      ],
      falsePositives: [
        'COHERE_API_KEY=<your-cohere-api-key>',
        'cohere_model: command-r-plus-08-2024',
        `cohere_dataset_id: ${f.chars(BASE62, 40)}`,
        'co = cohere.Client(os.environ["CO_API_KEY"])',
      ],
    },
    {
      ruleId: 'perplexity-api-key',
      truePositives: [
        { text: `PERPLEXITY_API_KEY=${pplx[0]}`, secret: pplx[0]! },
        { text: `headers = {"Authorization": "Bearer ${pplx[1]}"}`, secret: pplx[1]! },
      ],
      falsePositives: ['PERPLEXITY_API_KEY=pplx-...', `PERPLEXITY_API_KEY=pplx-${f.chars(BASE62, 40)}`, 'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'privateai-api-token',
      truePositives: [
        { text: `PRIVATE_AI_API_KEY=${privateAi[0]}`, secret: privateAi[0]! },
        { text: `{"privateai": {"api_key": "${privateAi[1]}"}}`, secret: privateAi[1]! },
      ],
      falsePositives: ['PRIVATE_AI_API_KEY=${PRIVATE_AI_API_KEY}', 'private_ai_url: https://api.private-ai.com/community/v4'],
    },
    {
      ruleId: 'groq-api-key',
      truePositives: [
        { text: `export GROQ_API_KEY=${groq[0]}`, secret: groq[0]! },
        { text: `client = Groq(api_key="${groq[1]}")`, secret: groq[1]! },
      ],
      falsePositives: ['GROQ_API_KEY=gsk_...', `GROQ_API_KEY=gsk_${f.chars(BASE62, 40)}`, 'GROQ_API_KEY=gsk_your_groq_api_key_here'],
    },
    {
      ruleId: 'mistral-api-key',
      truePositives: [
        { text: `MISTRAL_API_KEY=${mistral[0]}`, secret: mistral[0]! },
        { text: `llm:\n  provider: mistral\n  mistral_api_key: "${mistral[1]}"\n`, secret: mistral[1]! },
        { text: `const mistral = new Mistral({ apiKey: "${mistral[2]}" });`, secret: mistral[2]! },
      ],
      falsePositives: ['MISTRAL_API_KEY=your_mistral_api_key', 'mistral_model = "mistral-large-latest"', 'MISTRAL_API_KEY=${MISTRAL_API_KEY}'],
    },
    {
      ruleId: 'deepseek-api-key',
      truePositives: [
        { text: `DEEPSEEK_API_KEY=${deepseek[0]}`, secret: deepseek[0]! },
        { text: `{"deepseek": {"apiKey": "${deepseek[1]}"}}`, secret: deepseek[1]! },
      ],
      falsePositives: ['DEEPSEEK_API_KEY=sk-...', 'deepseek_base_url: https://api.deepseek.com/v1'],
    },
    {
      ruleId: 'xai-api-key',
      truePositives: [
        { text: `XAI_API_KEY=${xai[0]}`, secret: xai[0]! },
        { text: `client = Client(api_key="${xai[1]}")`, secret: xai[1]! },
      ],
      falsePositives: ['XAI_API_KEY=xai-...', 'pip install xai-sdk-python-client-for-grok-models-and-other-things', `XAI_API_KEY=xai-${f.chars(BASE62, 40)}`],
    },
    {
      ruleId: 'openrouter-api-key',
      truePositives: [
        { text: `OPENROUTER_API_KEY=${openrouter[0]}`, secret: openrouter[0]! },
        { text: `fetch(url, { headers: { Authorization: \`Bearer ${openrouter[1]}\` } })`, secret: openrouter[1]! },
      ],
      falsePositives: ['OPENROUTER_API_KEY=sk-or-v1-...', `OPENROUTER_API_KEY=sk-or-v1-${f.chars(HEX, 40)}`],
    },
    {
      ruleId: 'togetherai-api-key',
      truePositives: [
        { text: `TOGETHER_API_KEY=${together}`, secret: together },
        { text: `together_api_key: "${togetherLegacy}"`, secret: togetherLegacy },
      ],
      falsePositives: ['TOGETHER_API_KEY=tgp_v1_...', 'together_model: meta-llama/Llama-3.3-70B-Instruct-Turbo'],
    },
    {
      ruleId: 'fireworks-api-key',
      truePositives: [
        { text: `FIREWORKS_API_KEY=${fireworks[0]}`, secret: fireworks[0]! },
        { text: `llm = Fireworks(api_key='${fireworks[1]}', model="accounts/fireworks/models/llama-v3p1-8b-instruct")`, secret: fireworks[1]! },
      ],
      falsePositives: ['FIREWORKS_API_KEY=fw_...', 'fw_version_string_of_the_device = 3', `FIREWORKS_API_KEY=fw_${f.chars(BASE62, 20)}`],
    },
    {
      ruleId: 'cerebras-api-key',
      truePositives: [
        { text: `CEREBRAS_API_KEY=${cerebras[0]}`, secret: cerebras[0]! },
        { text: `cerebras:\n  key: '${cerebras[1]}'\n`, secret: cerebras[1]! },
      ],
      falsePositives: ['CEREBRAS_API_KEY=csk-...', `CEREBRAS_API_KEY=csk-${f.chars(LOWER_ALNUM, 30)}`],
    },
    {
      ruleId: 'nvidia-api-key',
      truePositives: [
        { text: `NVIDIA_API_KEY=${nvidia[0]}`, secret: nvidia[0]! },
        { text: `docker login nvcr.io -u '$oauthtoken' -p ${nvidia[1]}`, secret: nvidia[1]! },
      ],
      falsePositives: ['NGC_API_KEY=nvapi-...', 'NVIDIA_API_KEY=nvapi-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'gemini-api-key',
      truePositives: [
        { text: `GEMINI_API_KEY=${gemini[0]}`, secret: gemini[0]! },
        { text: `const genAI = new GoogleGenAI({ apiKey: "${gemini[1]}" });`, secret: gemini[1]! },
      ],
      falsePositives: ['GEMINI_API_KEY=AQ.Ab8RN6...', `GEMINI_API_KEY=AQ.Ab8RN6${f.chars(BASE64URL, 20)}`],
    },
    {
      ruleId: 'kimi-api-key',
      truePositives: [
        { text: `MOONSHOT_API_KEY=${kimi[0]}`, secret: kimi[0]! },
        { text: `llm:\n  kimi_api_key: "${kimi[1]}"\n`, secret: kimi[1]! },
      ],
      falsePositives: ['MOONSHOT_API_KEY=sk-...', 'kimi_model = "kimi-k2-0905-preview"'],
    },
  ];
}
