// True- and false-positive examples of the packages rules (see rule-cases.ts).
import { BASE64URL, FakeSecrets } from './fake-secrets';
import { join, type RuleCases } from './rule-cases';

export function packageRegistryCases(f: FakeSecrets): RuleCases[] {
  const npm = f.checksummedToken('npm');
  const pypi = join('pypi-', 'AgEIcHlwaS5vcmc', f.chars(BASE64URL, 160));
  const testPypi = join('pypi-', 'AgENdGVzdC5weXBpLm9yZw', f.chars(BASE64URL, 160));
  return [
    {
      ruleId: 'npm-access-token',
      truePositives: [{ text: `//registry.npmjs.org/:_authToken=${npm}`, secret: npm }],
      falsePositives: [
        'npm_config_registry=https://registry.npmjs.org/',
        'echo "$npm_package_version"',
        `//registry.npmjs.org/:_authToken=npm_${'x'.repeat(36)}`,
        '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      ],
    },
    {
      ruleId: 'pypi-upload-token',
      truePositives: [
        { text: `[pypi]\n  username = __token__\n  password = ${pypi}\n`, secret: pypi },
        { text: `TWINE_PASSWORD=${testPypi}`, secret: testPypi },
      ],
      falsePositives: ['password = pypi-AgEIcHlwaS5vcmc...', `password = pypi-${f.chars(BASE64URL, 60)}`],
    },
  ];
}
