// @mcp-secrets/yaml-bounds: every YAML document the suite reads is parsed here, within limits on
// nesting depth and alias expansion measured before anything walks it (alias bombs, deep nesting),
// with duplicate keys found in linear time and aliases resolved in O(1).
export { composeBoundedDocuments, describeYamlError, parseBoundedDocument, resolveAlias, type BoundedParseOptions } from './internal/parse';
export { DEFAULT_YAML_LIMITS, type YamlLimits } from './internal/limits';
