// The hostile inputs of test/hostile, for bench/hostile.bench.mjs (bundled by it with ncc): the
// generators the attack tests use, so the benchmark measures exactly what the tests refuse.
export { aliasBombWorkflow, deepWorkflow, manyFindingsWorkflow, mergeBombWorkflow, unclosedExpressionsWorkflow, withAliasBomb } from '../test/hostile/yaml-inputs';
export { ageKey, BUNDLE, compliantFiles, encryptedBundle } from '../test/fixtures/ops/repos';
export { FakeSecrets, BASE62, BASE64 } from '../packages/scanner/src/rules/builtin/__fixtures__/fake-secrets';
