import { capabilitiesOn, parsePolicy } from './policy';

const rules = parsePolicy(`
# CI reads its own bundle
path "secret/data/mcp/*" {
  capabilities = ["read", "list"]
}
path "secret/data/mcp/locked" { capabilities = ["deny"] }
path "secret/data/+/shared" { capabilities = ["read"] }
path "secret/data/mcp/ci" { capabilities = ["update"] } // exact beats glob
`);

test('parses path blocks with comments', () => {
  expect(rules.map((r) => r.path)).toEqual(['secret/data/mcp/*', 'secret/data/mcp/locked', 'secret/data/+/shared', 'secret/data/mcp/ci']);
  expect(() => parsePolicy('path "x" {')).toThrow(/failed to parse policy/);
});

test.each([
  ['secret/data/mcp/other', ['list', 'read']],
  ['secret/data/mcp/deep/er', ['list', 'read']],
  ['secret/data/mcp/ci', ['update']],
  ['secret/data/mcp/locked', ['deny']],
  ['secret/data/team/shared', ['read']],
  ['secret/data/team/shared/more', []],
  ['secret/metadata/mcp/ci', []],
])('%s grants %j', (path, caps) => {
  expect([...capabilitiesOn(rules, path)].sort()).toEqual(caps);
});
