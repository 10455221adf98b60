export { runCli, COMMANDS, VERSION } from './cli';
export { EXIT } from './command';
export type { Command, CommandContext, OptionSpec } from './command';
export { terminalPorts } from './terminal-ports';
export type { TerminalIo, TerminalPorts } from './terminal-ports';
