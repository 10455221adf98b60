// @mcp-secrets/evidence: the runbooks' evidence folder (`mcp-secrets evidence --task <id>`): the audit
// and ops-controls reports and the filled activation checklist, written in one go.
export { collectEvidence, ciRunUrl, EVIDENCE_FILES } from './collect';
export type { EvidenceDeps, EvidenceOptions, EvidenceResult } from './collect';
export { renderChecklist } from './checklist';
export type { ChecklistInput } from './checklist';
export { validateTaskId } from './task-id';
export { replaceFolder, stagingFolder } from './write-folder';
