// True- and false-positive examples of the database and data-platform rules (see rule-cases.ts).
import { BASE62, BASE64, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { base64, LOWER_ALNUM, placed, uuid, word } from './provider-fakes';
import { join, UPPER_ALNUM, type RuleCases } from './rule-cases';

export function databaseCases(f: FakeSecrets): RuleCases[] {
  const pscale = (kind: string): string => join('pscale', `_${kind}_`, f.chars(BASE64URL, 43));
  const tkn = pscale('tkn');
  const oauth = pscale('oauth');
  const pw = pscale('pw');
  const sbp = join('sb', 'p_', f.chars(HEX, 40));
  const sbSecret = join('sb_se', 'cret_', f.chars(BASE64URL, 31));
  const neon = join('na', 'pi_', f.chars(LOWER_ALNUM, 64));
  const mdbSecret = join('mdb_sa', '_sk_', f.chars(BASE62, 40));
  const atlasPrivate = uuid(f);
  const clickhouse = join('4b', '1d', f.chars(BASE62, 38));
  const dapi = join('da', 'pi', f.chars(HEX, 32));
  const confluentKey = f.chars(UPPER_ALNUM, 16);
  const confluentSecret = f.chars(BASE64, 64);
  const upstash = `A${f.chars(BASE64URL, 3)}ASQgN${f.chars(BASE64URL, 60)}`;
  const elastic = base64(`${f.chars(BASE64URL, 20)}:${f.chars(BASE64URL, 22)}`);
  return [
    {
      ruleId: 'planetscale-api-token',
      truePositives: [...placed('PLANETSCALE_SERVICE_TOKEN', tkn, ['env', 'yaml', 'sh'])],
      falsePositives: ['PLANETSCALE_SERVICE_TOKEN=pscale_tkn_...', `PLANETSCALE_SERVICE_TOKEN_ID=${word(f, 12)}`],
    },
    {
      ruleId: 'planetscale-oauth-token',
      truePositives: [{ text: `{"access_token": "${oauth}", "token_type": "Bearer"}`, secret: oauth }],
      falsePositives: ['{"access_token": "pscale_oauth_<token>"}'],
    },
    {
      ruleId: 'planetscale-password',
      truePositives: [
        { text: `DATABASE_URL=mysql://${word(f)}:${pw}@aws.connect.psdb.cloud/app?sslaccept=strict`, secret: pw },
        ...placed('DATABASE_PASSWORD', pw, ['yaml', 'json']),
      ],
      falsePositives: ['DATABASE_URL=mysql://user:pscale_pw_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@aws.connect.psdb.cloud/app'],
    },
    {
      ruleId: 'supabase-access-token',
      truePositives: [...placed('SUPABASE_ACCESS_TOKEN', sbp, ['env', 'sh', 'json'])],
      falsePositives: ['SUPABASE_ACCESS_TOKEN=sbp_<personal-access-token>', `SUPABASE_ACCESS_TOKEN=sbp_${f.chars(HEX, 12)}`],
    },
    {
      ruleId: 'supabase-secret-key',
      truePositives: [...placed('SUPABASE_SECRET_KEY', sbSecret, ['env', 'ts', 'yaml'])],
      falsePositives: [
        join('SUPABASE_SECRET_KEY=sb_secret_', 'N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz'),
        `SUPABASE_PUBLISHABLE_KEY=sb_publishable_${f.chars(BASE64URL, 31)}`,
        'SUPABASE_SECRET_KEY=sb_secret_...',
      ],
    },
    {
      ruleId: 'neon-api-key',
      truePositives: [...placed('NEON_API_KEY', neon, ['env', 'yaml', 'sh'])],
      falsePositives: ['NEON_API_KEY=napi_<your-key>', `NEON_PROJECT_ID=${word(f, 6)}-${word(f, 6)}-${f.chars(LOWER_ALNUM, 8)}`],
    },
    {
      ruleId: 'mongodb-atlas-service-account-secret',
      truePositives: [...placed('MDB_MCP_API_CLIENT_SECRET', mdbSecret, ['env', 'json', 'ts'])],
      falsePositives: [`ATLAS_CLIENT_ID=mdb_sa_id_${f.chars(HEX, 24)}`, 'ATLAS_CLIENT_SECRET=mdb_sa_sk_...'],
    },
    {
      ruleId: 'mongodb-atlas-api-private-key',
      truePositives: [
        ...placed('MONGODB_ATLAS_PRIVATE_KEY', atlasPrivate, ['env', 'yaml', 'sh']),
        { text: `# terraform.tfvars\nmongodbatlas_public_key  = "${word(f)}"\nmongodbatlas_private_key = "${atlasPrivate}"\n`, secret: atlasPrivate },
      ],
      falsePositives: [`MONGODB_ATLAS_PROJECT_ID=${f.chars(HEX, 24)}`, 'MONGODB_ATLAS_PRIVATE_KEY=${ATLAS_PRIVATE_KEY}'],
    },
    {
      ruleId: 'clickhouse-cloud-api-secret-key',
      truePositives: [...placed('CLICKHOUSE_KEY_SECRET', clickhouse, ['env', 'yaml', 'ts'])],
      falsePositives: [`commit: 4b1d${f.chars(HEX, 38)}`, 'CLICKHOUSE_KEY_SECRET=4b1dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
    },
    {
      ruleId: 'databricks-api-token',
      truePositives: [
        ...placed('DATABRICKS_TOKEN', dapi, ['env', 'sh']),
        { text: `[DEFAULT]\nhost  = https://adb-${f.chars('0123456789', 16)}.7.azuredatabricks.net\ntoken = ${dapi}-2\n`, secret: `${dapi}-2` },
      ],
      falsePositives: ['DATABRICKS_TOKEN=dapi<personal-access-token>', 'DATABRICKS_TOKEN=dapi00000000000000000000000000000000'],
    },
    {
      ruleId: 'confluent-access-token',
      truePositives: [...placed('CONFLUENT_CLOUD_API_KEY', confluentKey, ['env', 'yaml', 'sh'])],
      falsePositives: ['CONFLUENT_CLOUD_API_KEY=<api-key>', 'confluent_cluster: lkc-abc123'],
    },
    {
      ruleId: 'confluent-secret-key',
      truePositives: [...placed('CONFLUENT_CLOUD_API_SECRET', confluentSecret, ['env', 'yaml', 'json'])],
      falsePositives: ['CONFLUENT_CLOUD_API_SECRET=${CONFLUENT_SECRET}', 'confluent_secret: changeme'],
    },
    {
      ruleId: 'upstash-api-token',
      truePositives: [...placed('UPSTASH_REDIS_REST_TOKEN', upstash, ['env', 'yaml', 'ts'])],
      falsePositives: ['UPSTASH_REDIS_REST_TOKEN=********', 'UPSTASH_REDIS_REST_URL=https://eu1-acme-12345.upstash.io'],
    },
    {
      ruleId: 'elastic-api-key',
      truePositives: [
        // Not quoted: a quoted key is decoded (id:key) and found again by generic-api-key in its
        // decoded layer; the engine does not yet drop decoded findings on a reported span (reported).
        ...placed('ELASTIC_API_KEY', elastic, ['env']),
        { text: `elasticsearch:\n  hosts: ["https://acme.es.io:443"]\n  elastic_api_key: ${elastic}\n`, secret: elastic },
      ],
      falsePositives: ['ELASTIC_API_KEY=<base64-encoded-api-key>', 'ELASTIC_API_KEY=${ES_API_KEY}'],
    },
  ];
}
