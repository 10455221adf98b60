// @mcp-secrets/gate: the security gate (audit + workflow-permission-check + ops-controls in one
// step) shared by the root action; one summary, one status, annotations within GitHub's limits.
export { runGate } from './run-gate';
export { GATE_INPUT_NAMES, GATE_PARTS, prefixedSource } from './parts';
export type { GateDeps, GatePart, GatePartId, PartVerdict } from './parts';
export type { GateResult, PartError, PartOutcome, PartStatus } from './outcome';
export { gateSummary, fitSections, SUMMARY_LIMIT_BYTES } from './summary';
export { shareAnnotations } from './share-annotations';
export type { SharedAnnotations } from './share-annotations';
export type { AnnotationLevel, HeldAnnotation } from './capture';
