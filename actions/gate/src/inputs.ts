import { GATE_INPUT_NAMES } from '@mcp-secrets/gate';

/** The three actions' inputs under the prefixes `audit-`, `workflows-` and `controls-` (action.yml declares exactly these). */
export const inputNames: readonly string[] = GATE_INPUT_NAMES;
