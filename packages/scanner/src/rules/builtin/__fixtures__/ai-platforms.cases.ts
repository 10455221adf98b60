// True- and false-positive examples of the ai-platforms rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

function uuid(f: FakeSecrets): string {
  return [f.chars(HEX, 8), f.chars(HEX, 4), `4${f.chars(HEX, 3)}`, `a${f.chars(HEX, 3)}`, f.chars(HEX, 12)].join('-');
}

export function aiPlatformCases(f: FakeSecrets): RuleCases[] {
  const hf = [join('h', 'f_', f.chars(LETTERS, 34)), join('h', 'f_', f.chars(LETTERS, 34)), join('h', 'f_', f.chars(LETTERS, 34))];
  const org = [join('api', '_org_', f.chars(LETTERS, 34)), join('api', '_org_', f.chars(LETTERS, 34))];
  const r8 = [join('r', '8_', f.chars(BASE62, 37)), join('r', '8_', f.chars(BASE62, 37))];
  const langsmith = [join('lsv2', '_pt_', f.chars(HEX, 32), '_', f.chars(HEX, 10)), join('lsv2', '_sk_', f.chars(HEX, 32), '_', f.chars(HEX, 10))];
  const langfuse = [join('sk', '-lf-', uuid(f)), join('sk', '-lf-', uuid(f))];
  const pcsk = [join('pc', 'sk_', f.chars(BASE62, 6), '_', f.chars(BASE62, 63)), join('pc', 'sk_', f.chars(BASE62, 5), '_', f.chars(BASE62, 63))];
  const pineconeLegacy = uuid(f);
  const voyage = [join('p', 'a-', f.chars(BASE64URL, 43)), join('p', 'a-', f.chars(BASE64URL, 43))];
  const wandb = [f.chars(HEX, 40), f.chars(HEX, 40)];
  const wandbV1 = join('wandb', '_v1_', f.chars(BASE62, 77));
  const eleven = [join('s', 'k_', f.chars(HEX, 48)), join('s', 'k_', f.chars(HEX, 48))];
  const elevenLegacy = f.chars(HEX, 32);
  const assembly = [f.chars(LOWER_ALNUM, 32), f.chars(LOWER_ALNUM, 32)];
  const deepgram = [f.chars(HEX, 40), f.chars(HEX, 40)];
  const stability = [join('s', 'k-', f.chars(BASE62, 48)), join('s', 'k-', f.chars(BASE62, 48))];
  return [
    {
      ruleId: 'huggingface-access-token',
      truePositives: [
        { text: `HF_TOKEN=${hf[0]}`, secret: hf[0]! },
        { text: `huggingface-cli login --token ${hf[1]}`, secret: hf[1]! },
        { text: `model = AutoModel.from_pretrained("acme/private-model", token="${hf[2]}")`, secret: hf[2]! },
      ],
      falsePositives: [
        '- (id)hf_requiredCharacteristicTypesForDisplayMetadata;',
        'HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `HUGGINGFACE_TOKEN=hf_${f.chars(LETTERS, 30)}`,
        'HF_TOKEN: ${{ secrets.HF_TOKEN }}',
      ],
    },
    {
      ruleId: 'huggingface-organization-api-token',
      truePositives: [
        { text: `os.environ['HUGGINGFACEHUB_API_TOKEN'] = '${org[0]}'`, secret: org[0]! },
        { text: `use_auth_token: ${org[1]}`, secret: org[1]! },
      ],
      falsePositives: ['public static final String API_ORG_EXIST = "APIOrganizationExist";', 'old tokens look like api_org_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'],
    },
    {
      ruleId: 'replicate-api-token',
      truePositives: [
        { text: `REPLICATE_API_TOKEN=${r8[0]}`, secret: r8[0]! },
        { text: `replicate:\n  api_token: "${r8[1]}"\n`, secret: r8[1]! },
      ],
      falsePositives: ['REPLICATE_API_TOKEN=r8_...', `REPLICATE_API_TOKEN=r8_${f.chars(BASE62, 30)}`],
    },
    {
      ruleId: 'langsmith-api-key',
      truePositives: [
        { text: `LANGCHAIN_API_KEY=${langsmith[0]}`, secret: langsmith[0]! },
        { text: `{"LANGSMITH_API_KEY": "${langsmith[1]}"}`, secret: langsmith[1]! },
      ],
      falsePositives: ['LANGSMITH_API_KEY=lsv2_pt_...', `lsv2_xx_${f.chars(HEX, 32)}_${f.chars(HEX, 10)}`],
    },
    {
      ruleId: 'langfuse-secret-key',
      truePositives: [
        { text: `LANGFUSE_SECRET_KEY=${langfuse[0]}`, secret: langfuse[0]! },
        { text: `langfuse = Langfuse(secret_key="${langfuse[1]}", host="https://cloud.langfuse.com")`, secret: langfuse[1]! },
      ],
      falsePositives: [`LANGFUSE_PUBLIC_KEY=pk-lf-${uuid(f)}`, 'LANGFUSE_SECRET_KEY=sk-lf-...'],
    },
    {
      ruleId: 'pinecone-api-key',
      truePositives: [
        { text: `PINECONE_API_KEY=${pcsk[0]}`, secret: pcsk[0]! },
        { text: `const pc = new Pinecone({ apiKey: '${pcsk[1]}' });`, secret: pcsk[1]! },
        { text: `pinecone:\n  api_key: ${pineconeLegacy}\n`, secret: pineconeLegacy },
      ],
      falsePositives: ['PINECONE_API_KEY=pcsk_...', 'pinecone_index: acme-docs-prod', `pinecone_project_id = "${uuid(f)}"`],
    },
    {
      ruleId: 'voyage-api-key',
      truePositives: [
        { text: `VOYAGE_API_KEY=${voyage[0]}`, secret: voyage[0]! },
        { text: `vo = voyageai.Client(api_key="${voyage[1]}")`, secret: voyage[1]! },
      ],
      falsePositives: ['VOYAGE_API_KEY=pa-...', 'voyage_model: voyage-3-lite'],
    },
    {
      ruleId: 'weights-and-biases-api-key',
      truePositives: [
        { text: `WANDB_API_KEY=${wandb[0]}`, secret: wandb[0]! },
        { text: `wandb login ${wandbV1}`, secret: wandbV1 },
        { text: `env:\n  - name: WANDB_API_KEY\n    value: ${wandb[1]}\n`, secret: wandb[1]! },
      ],
      falsePositives: ['WANDB_API_KEY=${WANDB_API_KEY}', 'wandb_project: acme-experiments', `wandb_run_id: ${f.chars(HEX, 40)}`],
    },
    {
      ruleId: 'elevenlabs-api-key',
      truePositives: [
        { text: `ELEVENLABS_API_KEY=${eleven[0]}`, secret: eleven[0]! },
        { text: `curl -H "xi-api-key: ${eleven[1]}" https://api.elevenlabs.io/v1/voices`, secret: eleven[1]! },
        { text: `ELEVEN_LABS_KEY: "${elevenLegacy}"`, secret: elevenLegacy },
      ],
      falsePositives: ['ELEVENLABS_API_KEY=sk_...', 'ELEVENLABS_VOICE_ID=21m00Tcm4TlvDq8ikWAM', 'struct sock *sk_buff_head_of_queue;'],
    },
    {
      ruleId: 'assemblyai-api-key',
      truePositives: [
        { text: `ASSEMBLYAI_API_KEY=${assembly[0]}`, secret: assembly[0]! },
        { text: `assemblyai.settings.api_key = "${assembly[1]}"`, secret: assembly[1]! },
      ],
      falsePositives: ['ASSEMBLYAI_API_KEY=your_assemblyai_key', `assemblyai_transcript_id: ${f.chars(LOWER_ALNUM, 32)}`],
    },
    {
      ruleId: 'deepgram-api-key',
      truePositives: [
        { text: `DEEPGRAM_API_KEY=${deepgram[0]}`, secret: deepgram[0]! },
        { text: `const deepgram = createClient("${deepgram[1]}");`, secret: deepgram[1]! },
      ],
      falsePositives: ['DEEPGRAM_API_KEY=${DEEPGRAM_API_KEY}', 'deepgram_model: nova-2'],
    },
    {
      ruleId: 'stability-ai-api-key',
      truePositives: [
        { text: `STABILITY_API_KEY=${stability[0]}`, secret: stability[0]! },
        { text: `{"stability_key": "${stability[1]}"}`, secret: stability[1]! },
      ],
      falsePositives: ['STABILITY_API_KEY=sk-...', 'stability_engine: stable-diffusion-xl-1024-v1-0'],
    },
  ];
}
