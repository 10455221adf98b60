// Typed reads of parsed TOML values; a wrong type is a ConfigurationError naming the field.
import { ConfigurationError } from '@mcp-secrets/ports';

export interface FieldPlace {
  file: string;
  line?: number;
  /** e.g. `rule 'aws-access-key'` or `[extend]`. */
  what: string;
}

export type Table = Record<string, unknown>;

function wrongType(place: FieldPlace, key: string, expected: string): ConfigurationError {
  return new ConfigurationError(`${place.what}: '${key}' must be ${expected}`, {
    file: place.file,
    line: place.line,
    hint: 'see the gitleaks configuration schema',
  });
}

export function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export function optString(t: Table, key: string, place: FieldPlace): string | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw wrongType(place, key, 'a string');
  return v;
}

export function optNumber(t: Table, key: string, place: FieldPlace): number | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v !== 'number' || Number.isNaN(v)) throw wrongType(place, key, 'a number');
  return v;
}

export function optBoolean(t: Table, key: string, place: FieldPlace): boolean | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw wrongType(place, key, 'true or false');
  return v;
}

export function optStrings(t: Table, key: string, place: FieldPlace): string[] | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) throw wrongType(place, key, 'a list of strings');
  return v as string[];
}

export function optTables(t: Table, key: string, place: FieldPlace): Table[] | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (!Array.isArray(v) || !v.every(isTable)) throw wrongType(place, key, `an array of tables ([[${key}]])`);
  return v;
}

export function optTable(t: Table, key: string, place: FieldPlace): Table | undefined {
  const v = t[key];
  if (v === undefined) return undefined;
  if (!isTable(v)) throw wrongType(place, key, `a table ([${key}])`);
  return v;
}
