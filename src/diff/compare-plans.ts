// Two read sides in, one PlanDiff out: the whole comparison, pure (no files, no git, no clock).
import { WORKSPACE_FILES, type WorkspaceFileKey } from '../domain/schemas/index.js';
import { compareDocuments } from './compare-documents.js';
import { compareFindings, severityCounts } from './compare-findings.js';
import { compareItems } from './compare-items.js';
import { compareScores } from './compare-scores.js';
import type { CanvasDiff, PlanDiff, SideReport } from './plan-diff.js';
import type { PlanSide } from './plan-side.js';

/** What the diff says about a side itself. */
const report = (side: PlanSide): SideReport => ({
  label: side.label,
  kind: side.kind,
  status: side.status,
  problems: side.problems,
  futureVersions: side.futureVersions,
  ...(side.documentsError ? { documentsError: side.documentsError } : {}),
});

/** Compares two sides. Canvases compare whenever their file is valid on both sides; the rest needs two valid workspaces. */
export function comparePlans(base: PlanSide, head: PlanSide): PlanDiff {
  const canvases: CanvasDiff[] = [];
  const uncompared: WorkspaceFileKey[] = [];
  const facetNames = new Map([...(base.scores?.assessment.facets ?? []), ...(head.scores?.assessment.facets ?? [])].map((f) => [f.id, f.name]));
  const readable = base.status !== 'future-version' && head.status !== 'future-version';
  for (const { key } of WORKSPACE_FILES) {
    if (!readable || !(key in base.canvases) || !(key in head.canvases)) {
      uncompared.push(key);
      continue;
    }
    let items = compareItems(key, base.canvases[key], head.canvases[key]);
    // Facets are keyed by id in the file; their names live in the assessment model.
    if (key === 'assessment') items = items.map((i) => (i.collection === 'facets' && facetNames.has(i.id) ? { ...i, name: facetNames.get(i.id)! } : i));
    if (items.length > 0) canvases.push({ canvas: key, items });
  }
  const complete = base.status === 'valid' && head.status === 'valid';
  const scores = complete && base.scores && head.scores ? compareScores(base.scores, head.scores, { before: base.modelName ?? base.scores.assessment.model, after: head.modelName ?? head.scores.assessment.model }) : undefined;
  const findings = complete
    ? compareFindings(base.findings ?? [], head.findings ?? [])
    : base.status === 'invalid' && head.status === 'invalid'
      ? compareFindings(base.problems, head.problems)
      : undefined;
  const documents = complete && base.documents && head.documents ? compareDocuments(base.documents, head.documents) : undefined;

  const items = canvases.flatMap((c) => c.items);
  // Without a comparable base, every error of the head counts as new: nothing shows it was there before.
  const headErrors = severityCounts(head.status === 'valid' ? (head.findings ?? []) : head.problems).errors;
  const newErrors = findings ? findings.added.filter((f) => f.severity === 'error').length : head.status === 'future-version' ? 0 : headErrors;
  const diff: PlanDiff = {
    base: report(base),
    head: report(head),
    canvases,
    uncompared: complete ? [] : uncompared,
    ...(scores ? { scores } : {}),
    ...(findings ? { findings } : {}),
    ...(documents ? { documents } : {}),
    summary: {
      complete,
      itemsAdded: items.filter((i) => i.change === 'added').length,
      itemsRemoved: items.filter((i) => i.change === 'removed').length,
      itemsChanged: items.filter((i) => i.change === 'changed').length,
      findingsAdded: findings?.added.length ?? 0,
      findingsResolved: findings?.resolved.length ?? 0,
      newErrors,
      documentsChanged: documents ? documents.added.length + documents.removed.length + documents.changed.length : 0,
    },
  };
  return diff;
}
