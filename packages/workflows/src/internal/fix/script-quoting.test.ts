import { jsSpotAt, pwshSpotAt, shellSpotAt } from './script-quoting';

/** The spot of the `@` in `script` (the `@` stands for the expression). */
const shell = (script: string): string => shellSpotAt(script, script.indexOf('@'), []);
const js = (script: string): string => jsSpotAt(script, script.indexOf('@'), []);

describe('shellSpotAt', () => {
  test.each([
    ['echo @', 'bare'],
    ['echo "a @ b"', 'double'],
    ["echo 'a @ b'", 'single'],
    ["echo 'x' \"y\" @", 'bare'],
    ['echo "$(printf \'%s\' @)"', 'bare'],
    ['echo "a \\" @"', 'double'],
    ['echo a\\"b @', 'bare'],
    ['# a comment @', 'comment'],
    ['echo x#y @', 'bare'],
    ['cat <<EOF\n@\nEOF', 'heredoc'],
    ['cat <<-"EOF"\n@\n\tEOF', 'unknown'],
    ["cat <<'EOF' > f\nx\nEOF\necho @", 'bare'],
    ['echo `date @`', 'unknown'],
    ["echo $'a @'", 'unknown'],
    ['cat <<<"@"', 'double'],
  ])('%j is %s', (script, spot) => {
    expect(shell(script)).toBe(spot);
  });

  test('other expressions are opaque: their quotes do not count', () => {
    const script = "echo ${{ 'a' }} '@'";
    expect(shellSpotAt(script, script.indexOf('@'), [{ start: 5, end: 15 }])).toBe('single');
  });
});

describe('pwshSpotAt', () => {
  test.each([
    ['Write-Output @', 'bare'],
    ['Write-Output "a @"', 'double'],
    ['Write-Output "a `" @"', 'double'],
    ["Write-Output 'it''s @'", 'single'],
    ['Write-Output "$(Get-Date) @"', 'unknown'],
    ['$s = @"\nline @\n"@', 'double'],
    ["$s = @'\nline @\n'@", 'unknown'],
    ['# note @', 'comment'],
    ['<# block\n @ #>', 'comment'],
    ["Write-Output 'x' \"y\" # c\nWrite-Output @", 'bare'],
  ])('%j is %s', (script, spot) => {
    expect(pwshSpotAt(script, script.indexOf('@', script.startsWith('$s = @') ? 7 : 0), [])).toBe(spot);
  });
});

describe('jsSpotAt', () => {
  test.each([
    ['core.info(@)', 'code'],
    ["core.info('a @')", 'single'],
    ['core.info("a @")', 'double'],
    ['const t = `a @`', 'template'],
    ['const t = `a ${b} @`', 'template'],
    ['const t = `a ${ {x: 1}.x + @ }`', 'code'],
    ['// note @', 'comment'],
    ['/* a\n @ */', 'comment'],
    ["x.replace(/a@/g, 'b')", 'unknown'],
    ["const r = a / b; f('@')", 'single'],
    ["const s = 'it\\'s @'", 'single'],
  ])('%j is %s', (script, spot) => {
    expect(js(script)).toBe(spot);
  });
});

test('a long script of many expressions is read once per question (opaque spans looked up, not searched)', () => {
  const part = 'echo ${{ x }} ';
  const script = `${part.repeat(20000)}@`;
  const opaque = Array.from({ length: 20000 }, (_, i) => ({ start: i * part.length + 5, end: i * part.length + 13 }));
  const started = Date.now();
  expect(shellSpotAt(script, script.length - 1, opaque)).toBe('bare');
  expect(jsSpotAt(script, script.length - 1, opaque)).toBe('code');
  expect(Date.now() - started).toBeLessThan(2000);
});
