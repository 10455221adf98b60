// True- and false-positive examples of the connection-string rules (see rule-cases.ts).
import { BASE62, BASE64URL, FakeSecrets, HEX } from './fake-secrets';
import { fakePassword } from './generic.cases';
import { join, type RuleCases } from './rule-cases';

export function connectionStringCases(f: FakeSecrets): RuleCases[] {
  const pw = Array.from({ length: 12 }, () => fakePassword(f));
  // URL userinfo cannot hold `#`, `@` or `%` unescaped (RFC 3986): URL passwords are URL-safe.
  const urlPw = Array.from({ length: 8 }, () => `${f.chars(BASE62, 6)}-${f.chars(BASE62, 6)}`);
  const redisPassword = f.chars(BASE62, 32);
  const urlPassword = f.chars(BASE64URL, 24);
  const hex8 = (): string => f.chars(HEX, 8);
  const sidekiq = [`${hex8()}:${hex8()}`, `${hex8()}:${hex8()}`, `${hex8()}:${hex8()}`];
  const gemPassword = f.chars(BASE62, 20);
  const urlToken = [f.chars(HEX, 40), f.chars(BASE62, 36), f.chars(BASE64URL, 32)];
  return [
    {
      ruleId: 'url-token-username',
      truePositives: [
        { text: `git push https://${urlToken[0]}:x-oauth-basic@github.com/acme/app.git HEAD`, secret: urlToken[0]! },
        { text: `git clone https://${urlToken[1]}@github.com/acme/private.git`, secret: urlToken[1]! },
        { text: `remote = "https://${urlToken[2]}:x-oauth-basic@git.acme.internal/ops/infra.git"`, secret: urlToken[2]! },
      ],
      falsePositives: [
        'git clone https://build-automation-service@dev.azure.com/acme/app/_git/app',
        'https://first.last.name.of.someone@example.com/path',
        'git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/app.git',
        'https://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:x-oauth-basic@github.com/acme/app.git',
      ],
    },
    {
      ruleId: 'url-credentials',
      truePositives: [
        { text: `DATABASE_URL=postgres://app:${urlPassword}@db.acme.internal:5432/app`, secret: urlPassword },
        { text: `REDIS_URL=redis://:${redisPassword}@cache.acme.internal:6379/0`, secret: redisPassword },
        { text: `  mongo_uri: "mongodb+srv://orders:${urlPw[0]}@cluster0.x1y2z.mongodb.net/orders?retryWrites=true"\n`, secret: urlPw[0]! },
        { text: `{ "broker": "amqps://worker:${urlPw[1]}@mq.acme.internal:5671/jobs" }`, secret: urlPw[1]! },
        { text: `const smtp = nodemailer.createTransport('smtps://alerts%40acme.io:${urlPw[2]}@smtp.acme.io:465');`, secret: urlPw[2]! },
        { text: `export CACHE_URL="rediss://default:${urlPw[3]}@redis-12345.eu.cloud.acme.io:12345"`, secret: urlPw[3]! },
        { text: `spring.rabbitmq.addresses=amqp://svc:${urlPw[4]}@rabbit-0.acme.internal:5672`, secret: urlPw[4]! },
        { text: `lftp ftp://uploader:${urlPw[5]}@ftp.acme.internal -e "mirror -R dist /www"`, secret: urlPw[5]! },
        { text: `ldap_uri = "ldaps://cn=reader:${urlPw[6]}@ldap.acme.internal:636"`, secret: urlPw[6]! },
      ],
      falsePositives: [
        'DATABASE_URL=postgres://user:password@localhost:5432/app',
        'DATABASE_URL=postgres://postgres:postgres@localhost:5432/app',
        'git clone https://oauth2:${GITLAB_TOKEN}@gitlab.com/acme/app.git',
        'amqp://guest:guest@localhost:5672/',
        'ftp://anonymous:anonymous@ftp.acme.internal/pub',
        'see http://localhost:8080/docs or git@github.com:acme/app.git',
        'mongodb://admin:****@mongo:27017',
        ':pserver:anoncvs@cvs.acme.internal:/cvsroot co module',
        'cvs://:pserver:anoncvs@sources.acme.internal',
        'mongodb+srv://<username>:<password>@cluster0.mongodb.net/test',
        'postgresql://{user}:{password}@{host}:{port}/{db}',
        'mysql://root:%s@%s:3306/%s',
        `postgres://app:${urlPw[7]}@host:5432/db`,
        'redis://:[PASSWORD]@redis.acme.internal:6379',
        'https://user:changeme@registry.acme.internal/simple',
      ],
    },
    {
      ruleId: 'connection-string-password',
      truePositives: [
        {
          text: `{\n  "ConnectionStrings": {\n    "Orders": "Server=sql.acme.internal;Database=Orders;User Id=orders_app;Password=${pw[0]};TrustServerCertificate=True"\n  }\n}\n`,
          secret: pw[0],
        },
        { text: `<add name="Main" connectionString="Data Source=db01;Initial Catalog=Billing;User ID=billing;Password=${pw[1]}" />`, secret: pw[1] },
        { text: `DRIVER={ODBC Driver 18 for SQL Server};SERVER=db02;UID=report;PWD={${pw[2]}};Encrypt=yes`, secret: pw[2] },
        { text: `jdbc.url=jdbc:sqlserver://db03.acme.internal:1433;databaseName=ledger;user=ledger;password=${pw[3]};encrypt=true`, secret: pw[3] },
        { text: `spring.datasource.url=jdbc:postgresql://db04:5432/app?user=app&password=${pw[4]}&ssl=true`, secret: pw[4] },
        { text: `dsn := "host=db05.acme.internal user=app password=${pw[5]} dbname=app sslmode=require"`, secret: pw[5] },
        { text: `db, err := sql.Open("mysql", "app:${pw[6]}@tcp(db06.acme.internal:3306)/orders?parseTime=true")`, secret: pw[6] },
        { text: `url = "jdbc:oracle:thin:scott/${pw[7]}@db07.acme.internal:1521:ORCL"`, secret: pw[7] },
        { text: `sqlplus -s app_user/${pw[8]}@PRODDB @nightly.sql`, secret: pw[8] },
        { text: `$conn = "Password=${pw[9]};User ID=etl;Server=db08;Database=Staging"`, secret: pw[9] },
      ],
      falsePositives: [
        'Server=localhost;Database=app;User Id=sa;Password=;',
        'Server=db;Database=app;User Id=sa;Password=${DB_PASSWORD};',
        'Server=db;Database=app;User Id=sa;Password=<password>;',
        'Server=db;Database=app;Trusted_Connection=True;',
        'jdbc:sqlserver://x.x.x.x:1433;databaseName=MY-DB;user=MY-USER;password=MY-PASSWORD;encrypt=false',
        'jdbc:postgresql://localhost:1521/testdb?sslmode=disable&password=testpassword&user=testuser',
        'host=localhost user=gorm password=gorm dbname=gorm port=9920 sslmode=disable',
        'sqlplus scott/tiger@orcl',
        'Server=db;Uid=app;Pwd=%s;',
        'dsn = fmt.Sprintf("%s:%s@tcp(%s)/%s", user, pass, host, db)',
      ],
    },
    {
      ruleId: 'sidekiq-secret',
      truePositives: [
        { text: `export BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${sidekiq[0]}\n`, secret: sidekiq[0]! },
        { text: `env:\n  BUNDLE_GEMS__CONTRIBSYS__COM: "${sidekiq[1]}"\n`, secret: sidekiq[1]! },
        { text: `bundle config --local gems.contribsys.com ${sidekiq[2]}\n`, secret: sidekiq[2]! },
        { text: `          env:\n            - name: BUNDLE_GEMS__CONTRIBSYS__COM\n              value: "${sidekiq[0]}"\n`, secret: sidekiq[0]! },
        { text: `    'BUNDLE_ENTERPRISE__CONTRIBSYS__COM' => env('BUNDLE_ENTERPRISE__CONTRIBSYS__COM', '${sidekiq[1]}'),\n`, secret: sidekiq[1]! },
        { text: `<BUNDLE_GEMS__CONTRIBSYS__COM>${sidekiq[2]}</BUNDLE_GEMS__CONTRIBSYS__COM>\n`, secret: sidekiq[2]! },
      ],
      falsePositives: [
        'export BUNDLE_GEMS__CONTRIBSYS__COM=${SIDEKIQ_CREDENTIALS}',
        'BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "xxxxxxxx:xxxxxxxx"',
        `BUNDLE_GEMS__CONTRIBSYS__COM=${f.chars(HEX, 7)}:${f.chars(HEX, 8)}`,
        '  - name: BUNDLE_GEMS__CONTRIBSYS__COM\n    valueFrom:\n      secretKeyRef: { name: sidekiq, key: credentials }\n',
      ],
    },
    {
      ruleId: 'sidekiq-sensitive-url',
      truePositives: [
        { text: `source "https://${sidekiq[0]}@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n`, secret: sidekiq[0]! },
        { text: `SIDEKIQ_SOURCE=https://${sidekiq[1]}@enterprise.contribsys.com:443/`, secret: sidekiq[1]! },
      ],
      falsePositives: ['source "https://gems.contribsys.com/" do', 'https://USERNAME:PASSWORD@gems.contribsys.com/'],
    },
    {
      ruleId: 'bundler-credentials',
      truePositives: [
        { text: `export BUNDLE_GEMS__ACME__IO="deploy:${gemPassword}"\n`, secret: gemPassword },
        { text: `---\nBUNDLE_RUBYGEMS__PKG__ACME__DEV: "ci:${pw[10]}"\n`, secret: pw[10] },
        { text: `bundle config set --global gems.acme.io reader:${pw[11]}\n`, secret: pw[11] },
      ],
      falsePositives: [
        'BUNDLE_WITHOUT=development:test',
        'BUNDLE_MIRROR__HTTPS://RUBYGEMS__ORG/: "https://gems.acme.internal"',
        'BUNDLE_GEMS__ACME__IO="deploy:${GEMS_PASSWORD}"',
        'BUNDLE_BUILD__NOKOGIRI=--use-system-libraries',
        join('BUNDLE_GITHUB__COM=x-access-token:', '$', '{{ secrets.GITHUB_TOKEN }}'),
      ],
    },
  ];
}
