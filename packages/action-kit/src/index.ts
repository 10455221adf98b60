export { runAction } from './run-action';
export { runnerPorts } from './runner-ports';
export type { Uploader } from './runner-ports';
export { escapeData, escapeProperty, formatCommand, formatFileCommand } from './internal/commands';
