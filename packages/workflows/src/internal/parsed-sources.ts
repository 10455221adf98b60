import type { ParsedFile } from '../model';
import { Attached } from './attached';
import type { YamlSource } from './source';

// The structure checks read the YAML itself (every key, every scalar), not only the model: the
// source each model was built from is kept beside it, without putting parser types in the model.
const SOURCES = new Attached<ParsedFile, YamlSource>('yaml source');

/** `model`, remembered as built from `source`. */
export function withSource<T extends ParsedFile>(model: T, source: YamlSource): T {
  SOURCES.set(model, source);
  return model;
}

/** The YAML a model was parsed from; undefined for models built by hand (tests) or from no YAML. */
export function sourceOf(model: ParsedFile): YamlSource | undefined {
  return SOURCES.get(model);
}
