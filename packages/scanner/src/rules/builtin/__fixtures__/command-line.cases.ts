// True- and false-positive examples of the command-line rules (see rule-cases.ts).
import { BASE62, DIGITS, FakeSecrets, HEX } from './fake-secrets';
import { fakePassword } from './generic.cases';
import { join, type RuleCases } from './rule-cases';

export function commandLineCases(f: FakeSecrets): RuleCases[] {
  const pw = Array.from({ length: 16 }, () => fakePassword(f));
  // Bare command-line passwords: letters and digits, no shell metacharacters.
  const bare = Array.from({ length: 6 }, () => join(f.chars(BASE62, 6), f.chars(DIGITS, 1), f.chars(BASE62, 5)));
  const token = [f.chars(BASE62, 32), f.chars(HEX, 40), f.chars(BASE62, 36)];
  return [
    {
      ruleId: 'cli-password',
      truePositives: [
        { text: `mysql -h db.acme.internal -u root -p${bare[0]} orders < schema.sql`, secret: bare[0]! },
        { text: `0 2 * * * mysqldump -uroot -p'${pw[0]}' orders | gzip > /backup/orders.sql.gz\n`, secret: pw[0]! },
        { text: `docker login -u ci -p ${bare[1]} registry.acme.internal`, secret: bare[1]! },
        { text: `- run: echo "${pw[1]}" | docker login ghcr.io -u acme-bot --password-stdin`, secret: pw[1]! },
        { text: `PGPASSWORD=${bare[2]} psql -h db.acme.internal -U app -c 'select 1'`, secret: bare[2]! },
        { text: `keytool -importkeystore -srckeystore app.p12 -srcstoretype PKCS12 -srcstorepass ${bare[3]} -destkeystore app.jks`, secret: bare[3]! },
        { text: `sshpass -p '${pw[2]}' ssh deploy@web01.acme.internal 'systemctl restart app'`, secret: pw[2]! },
        { text: `redis-cli -h cache.acme.internal -a '${pw[3]}' FLUSHALL`, secret: pw[3]! },
        { text: `ldapsearch -x -H ldaps://ldap.acme.internal -D "cn=reader,dc=acme,dc=io" -w '${pw[4]}' "(uid=*)"`, secret: pw[4]! },
        { text: `openssl pkcs12 -export -in app.crt -inkey app.key -out app.p12 -passout pass:${bare[4]}`, secret: bare[4]! },
        { text: `sqlcmd -S db.acme.internal -U sa -P '${pw[5]}' -Q "BACKUP DATABASE app"`, secret: pw[5]! },
        { text: `smbclient //files.acme.internal/share -U backup%${bare[5]} -c 'ls'`, secret: bare[5]! },
        { text: `htpasswd -bc /etc/nginx/.htpasswd admin '${pw[6]}'`, secret: pw[6]! },
        { text: `az vm create -n web01 -g rg --admin-username azureuser --admin-password '${pw[7]}'`, secret: pw[7]! },
        { text: `//nas.acme.internal/backup /mnt/backup cifs username=backup,password=${pw[8]},uid=1000 0 0\n`, secret: pw[8]!, path: 'etc/fstab' },
        { text: `rabbitmqctl add_user metrics '${pw[9]}'`, secret: pw[9]! },
      ],
      falsePositives: [
        'mysql -u root -p orders < schema.sql',
        'mysql -u root -p"$MYSQL_ROOT_PASSWORD" orders',
        'docker login -u "$CI_REGISTRY_USER" -p "$CI_REGISTRY_PASSWORD" "$CI_REGISTRY"',
        'echo "$REGISTRY_TOKEN" | docker login ghcr.io -u acme-bot --password-stdin',
        'cat ~/pw.txt | docker login -u ci --password-stdin',
        'openssl pkcs12 -export -in a.crt -inkey a.key -out a.p12 -passout env:P12_PASSWORD',
        'keytool -list -keystore app.jks -storepass changeit',
        '  --password string   Password for the registry (default: prompt)',
        'psql --password --host db.acme.internal',
        'vault kv put secret/db --password-file=/run/secrets/db',
        'sshpass -p "$SSH_PASS" ssh deploy@host',
        'git push -u origin main',
        'PGPASSWORD=$(cat /run/secrets/pg) psql -h db -U app',
        'redis-cli -a <password> ping',
        '--password=********',
        `htpasswd -b .htpasswd admin "$ADMIN_PASSWORD"`,
      ],
    },
    {
      ruleId: 'cli-token',
      truePositives: [
        { text: `codecov upload-process --token ${token[0]} --flag unit`, secret: token[0]! },
        { text: `vault login -token=${token[2]}`, secret: token[2]! },
        { text: `ACME_API_KEY=${token[1]} node scripts/sync.js`, secret: token[1]! },
        { text: `./bin/deploy --api-key "${token[0]}" --env production`, secret: token[0]! },
      ],
      falsePositives: [
        'gh auth login --with-token < token.txt',
        'deploy --token "$DEPLOY_TOKEN"',
        'deploy --token ${{ secrets.DEPLOY_TOKEN }}',
        'deploy --api-key <your-api-key>',
        'kubectl create token default --duration=1h',
        '--token-file /var/run/secrets/kubernetes.io/serviceaccount/token',
        'API_KEY=xxxxxxxxxxxxxxxx npm test',
      ],
    },
  ];
}
