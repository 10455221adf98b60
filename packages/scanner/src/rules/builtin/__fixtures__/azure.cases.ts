// True- and false-positive examples of the Azure rules (see rule-cases.ts).
import { BASE62, BASE64, FakeSecrets, HEX } from './fake-secrets';
import { placed, uuid, word } from './provider-fakes';
import { join, type RuleCases } from './rule-cases';

const AAD_CHARS = `${BASE62}_~.-`;

/** An identifiable key: random base64 around its service signature, as Azure generates them. */
function identifiable(f: FakeSecrets, before: number, signature: string, after: string): string {
  return `${f.chars(BASE64, before)}${signature}${after}`;
}

export function azureCases(f: FakeSecrets): RuleCases[] {
  const clientSecret = `${f.chars(AAD_CHARS, 3)}8Q~${f.chars(AAD_CHARS, 34)}`;
  const legacyClientSecret = `${f.chars(AAD_CHARS, 3)}7Q~${f.chars(AAD_CHARS, 31)}`;
  const accountKey = `${f.chars(BASE64, 86)}==`;
  const accountKey2 = `${f.chars(BASE64, 86)}==`;
  const cosmosKey = `${f.chars(BASE64, 86)}==`;
  const sharedKey = `${f.chars(BASE64, 43)}=`;
  // Only the padding is escaped: a signature with %2B/%2F escapes is found once more in its
  // percent-decoded layer (an engine limitation reported to the lead).
  const sigEncoded = `${f.chars(BASE62, 43)}%3D`;
  const sigRaw2 = `${f.chars(BASE64, 43)}=`;
  const storageIdentifiable = identifiable(f, 76, join('+A', 'St'), `${f.chars(BASE64, 5)}Q==`);
  const cosmosIdentifiable = identifiable(f, 76, join('AC', 'Db'), `${f.chars(BASE64, 5)}w==`);
  const serviceBusIdentifiable = identifiable(f, 33, join('+A', 'Sb'), `C${f.chars(BASE64, 5)}=`);
  const acrPassword = identifiable(f, 42, join('+A', 'CR'), `B${f.chars(BASE64, 5)}`);
  const cask = `${f.chars(BASE62, 52)}${join('JQQ', 'J99')}B${'C'}${f.chars(BASE62, 16)}${'A'}${f.chars(BASE62, 7)}`;
  const openAiKey = f.chars(HEX, 32);
  // Azurite, the local storage emulator, publishes one fixed development key.
  const azuriteKey = join('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw==');
  return [
    {
      ruleId: 'azure-ad-client-secret',
      truePositives: [
        ...placed('AZURE_CLIENT_SECRET', clientSecret, ['env', 'json', 'sh']),
        { text: `az login --service-principal -u ${uuid(f)} -p ${legacyClientSecret} --tenant ${uuid(f)}`, secret: legacyClientSecret },
      ],
      falsePositives: [
        'AZURE_CLIENT_SECRET=<client-secret>',
        `AZURE_CLIENT_ID=${uuid(f)}`,
        `note: the value contains 8Q~ somewhere ${word(f)}`,
      ],
    },
    {
      ruleId: 'azure-storage-account-key',
      truePositives: [
        {
          text: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${accountKey};EndpointSuffix=core.windows.net`,
          secret: accountKey,
        },
        { text: `AZURE_STORAGE_KEY: "${accountKey2}"`, secret: accountKey2 },
        { text: `        public const string AccountKey = "${accountKey}";\n`, secret: accountKey },
        { text: `    "os.environ['AZURE_STORAGE_KEY'] = '${accountKey2}'\\n",\n`, secret: accountKey2, path: 'notebooks/blob.ipynb' },
        { text: `storage:\n  AccountKey: ${cosmosKey}\n`, secret: cosmosKey },
        { text: `pub const AccountKey: &str = "${accountKey}";\n`, secret: accountKey },
        { text: `  azureStorageKey: process.env.AZURE_STORAGE_KEY || "${accountKey2}",\n`, secret: accountKey2 },
        { text: `"CosmosDb": "AccountEndpoint=https://acme.documents.azure.com:443/;AccountKey=${cosmosKey};"`, secret: cosmosKey },
      ],
      falsePositives: [
        `UseDevelopmentStorage=false;AccountName=devstoreaccount1;AccountKey=${azuriteKey}`,
        'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net',
        'AccountKey=${STORAGE_ACCOUNT_KEY}',
      ],
    },
    {
      ruleId: 'azure-shared-access-key',
      truePositives: [
        {
          text: `SERVICEBUS_CONNECTION="Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sharedKey}"`,
          secret: sharedKey,
        },
      ],
      falsePositives: [
        'Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>',
        'HostName=acme.azure-devices.net;DeviceId=dev1;SharedAccessKey=${DEVICE_KEY}',
      ],
    },
    {
      ruleId: 'azure-sas-token',
      truePositives: [
        {
          text: `https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${sigEncoded}`,
          secret: sigEncoded,
        },
        {
          text: `BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=bfqt&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&sig=${sigRaw2}`,
          secret: sigRaw2,
        },
      ],
      falsePositives: [
        'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=<signature>',
        `https://cdn.example.org/asset.js?sig=${f.chars(BASE64, 43)}=`,
        'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D',
      ],
    },
    {
      ruleId: 'azure-identifiable-key',
      truePositives: [
        { text: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${storageIdentifiable};EndpointSuffix=core.windows.net`, secret: storageIdentifiable },
        { text: `cosmos:\n  endpoint: https://acme.documents.azure.com:443/\n  primary: "${cosmosIdentifiable}"\n`, secret: cosmosIdentifiable },
        { text: `Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${serviceBusIdentifiable}`, secret: serviceBusIdentifiable },
        { text: `docker login acme.azurecr.io -u acme -p '${acrPassword}'`, secret: acrPassword },
      ],
      falsePositives: [
        `checksum: ${f.chars(BASE64, 76)}+AST${f.chars(BASE64, 5)}Q==`,
        `docs: the key ends with +ACR and a version letter`,
      ],
    },
    {
      ruleId: 'azure-cask-key',
      truePositives: [
        ...placed('AZURE_OPENAI_API_KEY', cask, ['env', 'yaml', 'ts']),
      ],
      falsePositives: [`AZURE_OPENAI_API_KEY=${f.chars(BASE62, 52)}JQQJ9...`, 'AZURE_OPENAI_API_KEY=<key>'],
    },
    {
      ruleId: 'azure-openai-api-key',
      truePositives: [
        ...placed('AZURE_OPENAI_API_KEY', openAiKey, ['env', 'json', 'sh']),
        { text: `speech:\n  azure_speech_key: ${openAiKey}\n`, secret: openAiKey },
      ],
      falsePositives: [
        'AZURE_OPENAI_API_KEY=${{ secrets.AZURE_OPENAI_API_KEY }}',
        `AZURE_OPENAI_DEPLOYMENT=${word(f)}`,
        'AZURE_OPENAI_API_KEY=00000000000000000000000000000000',
      ],
    },
  ];
}
