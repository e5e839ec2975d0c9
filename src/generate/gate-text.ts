// An operations stage's gate in words: what it needs and whether it is met, the same sentence in
// the launch plan, the report and `dxplan show launch-plan`.
import type { StageGate } from '../domain/model/index.js';
import type { Translator } from '../i18n/index.js';
import type { LabelFn } from './types.js';

/** The gate's requirement and its status, in the translator's locale. */
export function gateText(g: StageGate, label: LabelFn, t: Translator): { gate: string; status: string } {
  const moduleList = (dims: readonly string[]) => dims.map((d) => label(`module_dimension.${d}`)).join(t('doc.listSeparator'));
  const needs: string[] = [];
  if (g.incentive) needs.push(t('doc.gate.incentive'));
  if (g.modules.length) needs.push(t('doc.gate.modules', { modules: moduleList(g.modules) }));
  // A gate that is dxplan's own reading, not the method's, says so wherever it is shown.
  const gate = needs.join(t('doc.sentenceSeparator')) + (g.basis === 'heuristic' ? t('doc.gate.heuristic') : '');
  if (g.met) return { gate, status: t('doc.gate.met') };
  const reasons: string[] = [];
  if (g.incentiveMissing) reasons.push(t('doc.gate.noIncentive'));
  const unexplained = g.missing.filter((m) => !g.exempted.some((e) => e.dimension === m));
  if (unexplained.length) reasons.push(t('doc.gate.missing', { modules: moduleList(unexplained) }));
  for (const e of g.exempted) reasons.push(t('doc.gate.exempted', { module: label(`module_dimension.${e.dimension}`), reason: e.reason }));
  return { gate, status: t('doc.gate.notMetBecause', { reasons: reasons.join(t('doc.sentenceSeparator')) }) };
}
