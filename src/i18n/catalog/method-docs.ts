// Messages of the document sections that show the method's own choices (the draft banner, capability
// areas and architecture dimensions, key modules and the delivery risk register), in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the method's document sections. */
export const methodDocMessages = defineMessages({
  'doc.draft.title': { en: 'Draft', 'zh-CN': '草稿', 'zh-TW': '草稿' },
  'doc.draft.body': {
    en: 'this plan still holds {count} starter text(s) of dxplan init ("Replace with …"); run dxplan check to see each one. It is not a plan until they are replaced.',
    'zh-CN': '本规划中仍有 {count} 处 dxplan init 写入的示例文字（“请替换：……”）；运行 dxplan check 可逐条查看。替换完之前，它还算不上一份规划。',
    'zh-TW': '本規劃中仍有 {count} 處 dxplan init 寫入的範例文字（「請替換：……」）；執行 dxplan check 可逐項查看。替換完之前，它還稱不上一份規劃。',
  },
  'doc.capability.title': { en: 'Capability areas and architecture dimensions', 'zh-CN': '能力板块与架构维度', 'zh-TW': '能力板塊與架構維度' },
  'doc.capability.intro': {
    en: 'Where the plan stands on the six capability areas of the solution, what serves each, and the minimum requirements it covers; then the four dimensions of the enterprise architecture, which the digital tools serve.',
    'zh-CN': '规划在解决方案六大能力板块上的现状、由什么来支撑、覆盖了哪些最低要求；以及企业架构的四大维度，数字化工具是为其他三个维度服务的。',
    'zh-TW': '規劃在解決方案六大能力板塊上的現況、由什麼來支撐、涵蓋了哪些最低要求；以及企業架構的四大維度，數字化工具是為其他三個維度服務的。',
  },
  'doc.capability.areas': { en: 'Six capability areas', 'zh-CN': '六大能力板块', 'zh-TW': '六大能力板塊' },
  'doc.capability.dimensions': { en: 'Four architecture dimensions', 'zh-CN': '四大架构维度', 'zh-TW': '四大架構維度' },
  'doc.capability.col.area': { en: 'Area', 'zh-CN': '板块', 'zh-TW': '板塊' },
  'doc.capability.col.dimension': { en: 'Dimension', 'zh-CN': '维度', 'zh-TW': '維度' },
  'doc.capability.col.status': { en: 'Where the plan stands', 'zh-CN': '现状', 'zh-TW': '現況' },
  'doc.capability.col.servedBy': { en: 'Served by', 'zh-CN': '支撑的功能和系统', 'zh-TW': '支撐的功能與系統' },
  'doc.capability.col.requirements': { en: 'Minimum requirements', 'zh-CN': '最低要求', 'zh-TW': '最低要求' },
  'doc.capability.col.note': { en: 'Note', 'zh-CN': '说明', 'zh-TW': '說明' },
  'doc.capability.notRecorded': { en: 'not recorded', 'zh-CN': '未记录', 'zh-TW': '未記錄' },
  'doc.capability.nothing': { en: 'nothing yet', 'zh-CN': '暂无', 'zh-TW': '暫無' },
  'doc.capability.requirementsMet': { en: '{met} of {total}', 'zh-CN': '{total} 项中已覆盖 {met} 项', 'zh-TW': '{total} 項中已涵蓋 {met} 項' },
  'doc.capability.none': {
    en: 'The plan does not record where it stands on the capability areas and the architecture dimensions yet.',
    'zh-CN': '规划尚未记录能力板块和架构维度的现状。',
    'zh-TW': '規劃尚未記錄能力板塊與架構維度的現況。',
  },
  'doc.diagram.capabilityAreas': { en: 'Capability areas and architecture dimensions', 'zh-CN': '能力板块与架构维度', 'zh-TW': '能力板塊與架構維度' },
  'doc.diagram.serves': { en: 'serves', 'zh-CN': '服务于', 'zh-TW': '服務於' },
  'doc.keyModules.title': { en: 'Key modules: requirement type and who confirms it', 'zh-CN': '关键模块：需求类型与确认人', 'zh-TW': '關鍵模組：需求類型與確認人' },
  'doc.keyModules.intro': {
    en: 'Business-flow-heavy modules are confirmed with the head of the business, experience-oriented ones with the project owner.',
    'zh-CN': '业务流程重的模块与业务负责人确认，体验导向的模块与项目负责人确认。',
    'zh-TW': '業務流程重的模組與業務負責人確認，體驗導向的模組與專案負責人確認。',
  },
  'doc.keyModules.col.module': { en: 'Module', 'zh-CN': '模块', 'zh-TW': '模組' },
  'doc.keyModules.col.type': { en: 'Requirement type', 'zh-CN': '需求类型', 'zh-TW': '需求類型' },
  'doc.keyModules.col.owner': { en: 'Confirmed by', 'zh-CN': '确认人', 'zh-TW': '確認人' },
  'doc.risks.register.title': { en: 'Delivery risk register', 'zh-CN': '交付风险清单', 'zh-TW': '交付風險清單' },
  'doc.risks.register.intro': {
    en: 'Reviewed at the plan sync ({review}); each risk is resolved by its owner at once.',
    'zh-CN': '在计划同步会上检查（{review}）；每个风险由负责人当场处理。',
    'zh-TW': '在計畫同步會上檢查（{review}）；每個風險由負責人立即處理。',
  },
  'doc.risks.register.col.kind': { en: 'Kind', 'zh-CN': '类型', 'zh-TW': '類型' },
  'doc.risks.register.col.risk': { en: 'Risk', 'zh-CN': '风险', 'zh-TW': '風險' },
  'doc.risks.register.col.owner': { en: 'Owner', 'zh-CN': '负责人', 'zh-TW': '負責人' },
  'doc.risks.register.col.mitigation': { en: 'Mitigation', 'zh-CN': '应对措施', 'zh-TW': '因應措施' },
  'doc.risks.register.col.status': { en: 'Status', 'zh-CN': '状态', 'zh-TW': '狀態' },
});
