// One entry point per operation over the five formats sops knows.
import { SopsError } from '../sops-error';
import type { SopsMapNode } from '../tree';
import { emitDotenv, loadEncryptedDotenv, loadPlainDotenv } from './dotenv-store';
import { emitIni, loadEncryptedIni, loadPlainIni } from './ini-store';
import { emitJson, loadEncryptedJson, loadPlainJson } from './json-store';
import type { LoadedEncryptedFile } from './store-types';
import { loadEncryptedYaml, loadPlainYaml } from './yaml-store';
import { emitYaml } from './yaml-writer';

export type { LoadedEncryptedFile } from './store-types';

export type SopsFormat = 'yaml' | 'json' | 'dotenv' | 'ini' | 'binary';

export const SOPS_FORMATS: readonly SopsFormat[] = ['yaml', 'json', 'dotenv', 'ini', 'binary'];

/** The format sops picks from a file name: .yaml/.yml, .json, .env, .ini, anything else binary. */
export function formatForFileName(fileName: string): SopsFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.env')) return 'dotenv';
  if (lower.endsWith('.ini')) return 'ini';
  return 'binary';
}

export function loadEncrypted(format: SopsFormat, text: string, fileName: string): LoadedEncryptedFile {
  switch (format) {
    case 'yaml':
      return loadEncryptedYaml(text, fileName);
    case 'json':
    case 'binary':
      return loadEncryptedJson(text, fileName);
    case 'dotenv':
      return loadEncryptedDotenv(text, fileName);
    case 'ini':
      return loadEncryptedIni(text, fileName);
  }
}

/** Reads a plaintext file the way `sops encrypt` does. */
export function loadPlain(format: SopsFormat, text: string, fileName: string): SopsMapNode[] {
  switch (format) {
    case 'yaml':
      return loadPlainYaml(text, fileName);
    case 'json':
      return loadPlainJson(text, fileName);
    case 'dotenv':
      return loadPlainDotenv(text, fileName);
    case 'ini':
      return loadPlainIni(text, fileName);
    case 'binary':
      return [{ kind: 'map', items: [{ kind: 'entry', key: 'data', value: { kind: 'str', value: text } }] }];
  }
}

export function emitEncrypted(format: SopsFormat, documents: readonly SopsMapNode[], metadata: Record<string, unknown>): string {
  if (format === 'yaml') return emitYaml(documents, metadata);
  if (documents.length !== 1) {
    throw new SopsError('unsupported', `a ${format} file holds exactly one document (got ${documents.length}); only YAML has several`);
  }
  const [document] = documents;
  switch (format) {
    case 'json':
    case 'binary':
      return emitJson(document, metadata);
    case 'dotenv':
      return emitDotenv(document, metadata);
    case 'ini':
      return emitIni(document, metadata);
  }
}
