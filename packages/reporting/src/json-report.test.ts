import { jsonReport } from './json-report';

describe('jsonReport', () => {
  test('sorted keys at every depth, arrays in order, two-space indent, final newline', () => {
    const text = jsonReport({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null }, u: undefined });
    expect(text).toBe('{\n  "a": {\n    "c": null,\n    "d": [\n      3,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}\n');
  });

  test('the same data in another insertion order gives the same bytes', () => {
    expect(jsonReport({ x: 1, y: [{ b: 2, a: 1 }] })).toBe(jsonReport({ y: [{ a: 1, b: 2 }], x: 1 }));
  });

  test('a schema’s own field order can be kept', () => {
    expect(jsonReport([{ RuleID: 'r', File: 'f' }], { sortKeys: false })).toBe('[\n  {\n    "RuleID": "r",\n    "File": "f"\n  }\n]\n');
  });
});
