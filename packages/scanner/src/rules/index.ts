// The one place the engine picks up the built-in rules (written in ./builtin/).
export { BUILTIN_RULES } from './builtin/index';
