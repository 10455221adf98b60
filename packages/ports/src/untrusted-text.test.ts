import { showUntrusted, showUntrustedList, untrustedText, withoutUrlCredentials } from './untrusted-text';

describe('untrustedText', () => {
  test('puts text on one line: control, separator and bidirectional characters become one space', () => {
    expect(untrustedText('a\r\n\tb\u001b[2Jc\u0085d\u2028e\u202ef\u2066g\u007f')).toBe('a b [2Jc d e f g ');
  });

  test('leaves no `::` for a workflow command to start with', () => {
    expect(untrustedText('::add-mask::x')).toBe(': :add-mask: :x');
    expect(untrustedText('a:::b')).not.toContain('::');
  });

  test('keeps ordinary text, single colons and Unicode letters as they are', () => {
    expect(untrustedText('permission denied: path "secret/data/ci" (pässwörd-🔑)')).toBe('permission denied: path "secret/data/ci" (pässwörd-🔑)');
  });
});

describe('showUntrusted', () => {
  test('shows short text whole and never cuts long text, naming its length instead', () => {
    expect(showUntrusted('short\nenough', 20)).toBe('short enough');
    expect(showUntrusted('x'.repeat(21), 20)).toBe('[21 characters not shown]');
  });

  test('lists the first items and counts the rest', () => {
    expect(showUntrustedList(['a', 'b\nc', 'd', 'e'], { maxItems: 2, maxLength: 10 })).toEqual(['a', 'b c', 'and 2 more']);
    expect(showUntrustedList([], { maxItems: 2, maxLength: 10 })).toEqual([]);
  });
});

test('withoutUrlCredentials hides the user name and password of every URL', () => {
  expect(withoutUrlCredentials('via http://user:p%40ss@proxy:3128 and https://tok@vault.example.com/v1')).toBe(
    'via http://***@proxy:3128 and https://***@vault.example.com/v1',
  );
  expect(withoutUrlCredentials('mail me at a@b.example, see https://vault.example.com/ui')).toBe('mail me at a@b.example, see https://vault.example.com/ui');
});
