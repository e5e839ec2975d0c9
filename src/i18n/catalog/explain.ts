// Messages of `dxplan explain`: the frame around what the methodology guide says, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the explain command. */
export const explainMessages = defineMessages({
  'cmd.explain.summary': {
    en: 'why a rule or term exists, how to fix it, in your language',
    'zh-CN': '说明一条规则或一个术语：为什么有它、如何修正',
    'zh-TW': '說明一條規則或一個術語：為什麼有它、如何修正',
  },
  'cli.arg.topic': {
    en: 'a rule id (value/measurable), a recommendation id or a glossary term (north_star_metric, or its name)',
    'zh-CN': '规则 id（如 value/measurable）、建议 id，或术语表中的术语（如 north_star_metric 或术语名称）',
    'zh-TW': '規則 id（如 value/measurable）、建議 id，或術語表中的術語（如 north_star_metric 或術語名稱）',
  },
  'explain.kind.rule': { en: 'rule', 'zh-CN': '规则', 'zh-TW': '規則' },
  'explain.kind.recommendation': { en: 'recommendation', 'zh-CN': '建议', 'zh-TW': '建議' },
  'explain.kind.term': { en: 'term', 'zh-CN': '术语', 'zh-TW': '術語' },
  'explain.basisWord.methodology': { en: 'method', 'zh-CN': '方法论', 'zh-TW': '方法論' },
  'explain.basisWord.heuristic': { en: 'dxplan heuristic', 'zh-CN': 'dxplan 启发式规则', 'zh-TW': 'dxplan 啟發式規則' },
  'explain.basisWord.consistency': { en: 'consistency', 'zh-CN': '一致性检查', 'zh-TW': '一致性檢查' },
  'explain.section': { en: 'Part of the method: {title}', 'zh-CN': '所属方法论部分：{title}', 'zh-TW': '所屬方法論部分：{title}' },
  'explain.fires': { en: 'Fires when', 'zh-CN': '触发条件', 'zh-TW': '觸發條件' },
  'explain.fix': { en: 'How to fix it', 'zh-CN': '如何修正', 'zh-TW': '如何修正' },
  'explain.example': { en: 'Example', 'zh-CN': '示例', 'zh-TW': '範例' },
  'explain.basis': { en: 'Source', 'zh-CN': '依据', 'zh-TW': '依據' },
  'explain.basis.methodology': {
    en: 'the method itself asks for this.',
    'zh-CN': '这是方法论本身的要求。',
    'zh-TW': '這是方法論本身的要求。',
  },
  'explain.basis.heuristic': {
    en: "a dxplan heuristic: dxplan's own judgement or threshold, drawn from the method but not stated in it. Weigh it as advice; you can turn it off under rules: in dxplan.yaml.",
    'zh-CN': 'dxplan 启发式规则：这是 dxplan 自己的判断或阈值，源自方法论，但方法论本身并没有这样说。请把它当作建议来权衡；也可以在 dxplan.yaml 的 rules: 中关闭。',
    'zh-TW': 'dxplan 啟發式規則：這是 dxplan 自己的判斷或門檻，源自方法論，但方法論本身並沒有這樣說。請把它當作建議來權衡；也可以在 dxplan.yaml 的 rules: 中關閉。',
  },
  'explain.basis.consistency': {
    en: 'a consistency check: the plan must agree with itself (and dxplan.yaml with dxplan).',
    'zh-CN': '一致性检查：规划自身必须前后一致（dxplan.yaml 也要与 dxplan 一致）。',
    'zh-TW': '一致性檢查：規劃本身必須前後一致（dxplan.yaml 也要與 dxplan 一致）。',
  },
  'explain.severity': {
    en: 'Default severity: {severity}. Set another under rules: in dxplan.yaml ({id}: error, warning, info or off).',
    'zh-CN': '默认严重程度：{severity}。可以在 dxplan.yaml 的 rules: 中改设（{id}: error、warning、info 或 off）。',
    'zh-TW': '預設嚴重程度：{severity}。可以在 dxplan.yaml 的 rules: 中改設（{id}: error、warning、info 或 off）。',
  },
  'explain.gate': {
    en: 'This rule reports the entry gate of the operations stage "{stage}".',
    'zh-CN': '这条规则检查运营阶段“{stage}”的进入条件。',
    'zh-TW': '這條規則檢查運營階段「{stage}」的進入條件。',
  },
  'explain.why': { en: "Why: the method's reasoning", 'zh-CN': '为什么：方法论的道理', 'zh-TW': '為什麼：方法論的道理' },
  'explain.recorded': { en: 'Recorded in', 'zh-CN': '记录位置', 'zh-TW': '記錄位置' },
  'explain.guide': { en: 'Guide', 'zh-CN': '方法论指南', 'zh-TW': '方法論指南' },
  'explain.definition': { en: 'Definition', 'zh-CN': '定义', 'zh-TW': '定義' },
  'explain.labels': { en: 'In each language', 'zh-CN': '三种语言的写法', 'zh-TW': '三種語言的寫法' },
  'explain.list.rules': {
    en: 'Rules ({count}): dxplan explain <rule>',
    'zh-CN': '规则（{count} 条）：dxplan explain <规则>',
    'zh-TW': '規則（{count} 條）：dxplan explain <規則>',
  },
  'explain.list.recommendations': {
    en: 'Recommendations ({count}): dxplan explain <recommendation>',
    'zh-CN': '建议（{count} 条）：dxplan explain <建议>',
    'zh-TW': '建議（{count} 條）：dxplan explain <建議>',
  },
  'explain.list.terms': {
    en: 'Terms ({count}): dxplan explain <term>, by id or by name',
    'zh-CN': '术语（{count} 个）：dxplan explain <术语>，可用 id 或名称',
    'zh-TW': '術語（{count} 個）：dxplan explain <術語>，可用 id 或名稱',
  },
  'explain.unknown': {
    en: 'no rule, recommendation or term is called "{topic}"',
    'zh-CN': '没有名为“{topic}”的规则、建议或术语',
    'zh-TW': '沒有名為「{topic}」的規則、建議或術語',
  },
  'explain.unknown.suggest': { en: 'did you mean "{suggestion}"?', 'zh-CN': '您是不是想找“{suggestion}”？', 'zh-TW': '您是不是想找「{suggestion}」？' },
  'explain.unknown.list': {
    en: 'run dxplan explain to list every rule, recommendation and term',
    'zh-CN': '运行 dxplan explain 可列出所有规则、建议和术语',
    'zh-TW': '執行 dxplan explain 可列出所有規則、建議和術語',
  },
  'explain.guideMissing': {
    en: 'the methodology guide is missing from this installation: {path}',
    'zh-CN': '安装中缺少方法论指南：{path}',
    'zh-TW': '安裝中缺少方法論指南：{path}',
  },
});
