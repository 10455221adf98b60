// A configuration as a worker thread can receive it: the loaded spec, cloned as plain data. The
// one thing that cannot be cloned, a built-in rule's secret check (a function), travels as the
// name of the built-in rule it belongs to and is looked up again on the other side.
import { BUILTIN_RULES } from '../../rules/index';
import type { ConfigSpec, RuleSpec } from '../../types';
import { compileConfig } from '../config/compile';
import type { CompiledConfig } from '../config/compiled';

type PortableRule = Omit<RuleSpec, 'validate'> & { builtinValidate?: string };

export interface PortableConfig extends Omit<ConfigSpec, 'rules'> {
  rules: PortableRule[];
}

const builtinValidators = (): Map<string, (secret: string) => boolean> =>
  new Map(BUILTIN_RULES.flatMap((r) => (r.validate === undefined ? [] : [[r.id, r.validate] as const])));

/** The configuration as plain data; undefined when it holds a check that is not a built-in rule's. */
export function portableConfig(config: CompiledConfig): PortableConfig | undefined {
  const spec = config.spec;
  if (spec === undefined) return undefined;
  const validators = builtinValidators();
  const rules: PortableRule[] = [];
  for (const { validate, ...rule } of spec.rules) {
    if (validate === undefined) {
      rules.push(rule);
      continue;
    }
    const builtin = [...validators].find(([, check]) => check === validate)?.[0];
    if (builtin === undefined) return undefined;
    rules.push({ ...rule, builtinValidate: builtin });
  }
  return { ...spec, rules };
}

/** The configuration compiled again from its plain data (in a worker thread). */
export function compilePortable(portable: PortableConfig): CompiledConfig {
  const validators = builtinValidators();
  const rules: RuleSpec[] = portable.rules.map(({ builtinValidate, ...rule }) => {
    if (builtinValidate === undefined) return rule;
    const validate = validators.get(builtinValidate);
    if (validate === undefined) throw new Error(`scan worker: no built-in rule '${builtinValidate}' to check secrets with`);
    return { ...rule, validate };
  });
  return compileConfig({ ...portable, rules });
}
