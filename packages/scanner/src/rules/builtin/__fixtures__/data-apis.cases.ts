// True- and false-positive examples of the data-apis rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function dataApiCases(f: FakeSecrets): RuleCases[] {
  const algolia = [f.chars(HEX, 32), f.chars(HEX, 32), f.chars(LOWER_ALNUM, 32)];
  const mapboxPayload = (): string => Buffer.from(JSON.stringify({ u: `acme-${f.chars(LOWER_ALNUM, 6)}`, a: f.chars(LOWER_ALNUM, 25) })).toString('base64url');
  const mapbox = [join('s', 'k.', mapboxPayload(), '.', f.chars(BASE64URL, 22)), join('s', 'k.', mapboxPayload(), '.', f.chars(BASE64URL, 22))];
  const rapidKey = (): string => join(f.chars(HEX, 10), 'ms', 'h', f.chars(HEX, 15), 'p', f.chars(HEX, 6), 'js', 'n', f.chars(HEX, 12));
  const rapid = [rapidKey(), rapidKey(), f.chars(BASE64URL, 50)];
  const airtableKey = [join('k', 'ey', f.chars(BASE62, 14)), join('k', 'ey', f.chars(BASE62, 14))];
  const airtablePat = [join('p', 'at', f.chars(BASE62, 14), '.', f.chars(HEX, 64)), join('p', 'at', f.chars(BASE62, 14), '.', f.chars(HEX, 64))];
  const aio = [join('ai', 'o_', f.chars(BASE62, 28)), join('ai', 'o_', f.chars(BASE62, 28))];
  const adafruitLegacy = f.chars(HEX, 32);
  return [
    {
      ruleId: 'algolia-api-key',
      truePositives: [
        { text: `ALGOLIA_ADMIN_API_KEY=${algolia[0]}`, secret: algolia[0]! },
        { text: `<add key="AlgoliaAdminApiKey" value="${algolia[1]}" />`, secret: algolia[1]! },
        { text: `algoliaToken := "${algolia[2]}"`, secret: algolia[2]! },
      ],
      falsePositives: [
        `algoliaSearchOnlyKey := "${f.chars(HEX, 32)}"`,
        'algolia_index_name: products_prod',
        'ALGOLIA_APP_ID=ABCD1234EF',
        'ALGOLIA_ADMIN_API_KEY=${ALGOLIA_ADMIN_API_KEY}',
      ],
    },
    {
      ruleId: 'mapbox-api-token',
      truePositives: [
        { text: `MAPBOX_DOWNLOADS_TOKEN=${mapbox[0]}`, secret: mapbox[0]! },
        { text: `machine api.mapbox.com\n  login mapbox\n  password ${mapbox[1]}\n`, secret: mapbox[1]! },
      ],
      falsePositives: [
        `mapboxgl.accessToken = 'pk.${mapboxPayload()}.${f.chars(BASE64URL, 22)}';`,
        'MAPBOX_DOWNLOADS_TOKEN=sk.eyJ1IjoiYWNtZSJ9...',
        `MAPBOX_ACCESS_TOKEN=pk.${f.chars(LOWER_ALNUM, 60)}.${f.chars(LOWER_ALNUM, 22)}`,
      ],
    },
    {
      ruleId: 'rapidapi-access-token',
      truePositives: [
        { text: `headers = {"X-RapidAPI-Key": "${rapid[0]}", "X-RapidAPI-Host": "weatherapi-com.p.rapidapi.com"}`, secret: rapid[0]! },
        { text: `const options = { headers: { 'x-api-key': '${rapid[1]}' } };`, secret: rapid[1]! },
        { text: `RAPIDAPI_KEY=${rapid[2]}`, secret: rapid[2]! },
      ],
      falsePositives: ["'X-RapidAPI-Key': 'YOUR_RAPIDAPI_KEY'", 'X-RapidAPI-Host: weatherapi-com.p.rapidapi.com'],
    },
    {
      ruleId: 'airtable-api-key',
      truePositives: [
        { text: `AIRTABLE_API_KEY=${airtableKey[0]}`, secret: airtableKey[0]! },
        { text: `const base = new Airtable({ apiKey: '${airtableKey[1]}' }).base(BASE_ID);  // airtable`, secret: airtableKey[1]! },
      ],
      falsePositives: [`AIRTABLE_BASE_ID=app${f.chars(BASE62, 14)}`, `airtable_table: tbl${f.chars(BASE62, 14)}`, 'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX'],
    },
    {
      ruleId: 'airtable-personnal-access-token',
      truePositives: [
        { text: `AIRTABLE_TOKEN=${airtablePat[0]}`, secret: airtablePat[0]! },
        { text: `curl "https://api.airtable.com/v0/meta/whoami" -H "Authorization: Bearer ${airtablePat[1]}"`, secret: airtablePat[1]! },
      ],
      falsePositives: ['AIRTABLE_TOKEN=patXXXXXXXXXXXXXX.xxxxxxxx', 'path.join(pattern_dir, "x")', `AIRTABLE_TOKEN=pat${f.chars(BASE62, 14)}.${f.chars(HEX, 20)}`],
    },
    {
      ruleId: 'adafruit-api-key',
      truePositives: [
        { text: `ADAFRUIT_IO_KEY=${aio[0]}`, secret: aio[0]! },
        { text: `aio = Client("acme", "${aio[1]}")`, secret: aio[1]! },
        { text: `secrets = {"aio_username": "acme", "aio_key": "${adafruitLegacy}"}`, secret: adafruitLegacy },
      ],
      falsePositives: ['ADAFRUIT_IO_KEY=aio_xxxxxxxxxxxxxxxxxxxxxxxxxxxx', '#define AIO_KEY "your_aio_key"', 'import asyncio as aio_lib'],
    },
  ];
}
