// Messages of the interview area, in every locale. The questions themselves come from the canvas
// definitions (canvases/*.canvas.yaml); these are the words around them.
import { defineMessages } from '../message.js';

/** Catalogue of the interview area. */
export const interviewMessages = defineMessages({
  // --- the command ---
  'iv.unknownCanvas': {
    en: 'unknown canvas "{canvas}"; the canvases are {canvases}',
    'zh-CN': '未知画布 "{canvas}"；可用的画布有 {canvases}',
    'zh-TW': '未知畫布 "{canvas}"；可用的畫布有 {canvases}',
  },
  'iv.noTty': {
    en: 'the interview needs a terminal to type in, and standard input is not one',
    'zh-CN': '访谈需要在终端中输入回答，但标准输入不是终端',
    'zh-TW': '訪談需要在終端機中輸入回答，但標準輸入不是終端機',
  },
  'iv.noTty.ci': {
    en: 'CI is set, so nobody can answer questions here',
    'zh-CN': '检测到 CI 环境变量，这里没有人能回答问题',
    'zh-TW': '偵測到 CI 環境變數，這裡沒有人能回答問題',
  },
  'iv.noTty.hint': {
    en: 'run it in a terminal, or give the answers in a YAML file: dxplan interview --answers answers.yaml (see docs/interview.md)',
    'zh-CN': '请在终端中运行，或把答案写进 YAML 文件：dxplan interview --answers answers.yaml（见 docs/interview.md）',
    'zh-TW': '請在終端機中執行，或把答案寫進 YAML 檔案：dxplan interview --answers answers.yaml（見 docs/interview.md）',
  },
  'iv.howTo': {
    en: 'Enter keeps the answer shown in brackets; type ? and Enter to see why a question matters and an example; Ctrl-C stops, and every answer so far is saved.',
    'zh-CN': '按回车保留括号中的答案；输入 ? 并回车可查看问题背后的方法论和示例；按 Ctrl-C 可随时停止，已回答的内容都会保存。',
    'zh-TW': '按 Enter 保留括號中的答案；輸入 ? 並按 Enter 可查看問題背後的方法論和範例；按 Ctrl-C 可隨時停止，已回答的內容都會儲存。',
  },
  'iv.resuming': {
    en: 'Resuming the interrupted interview: {count} earlier answer(s) kept, going on from where it stopped.',
    'zh-CN': '继续上次中断的访谈：已保留之前的 {count} 个回答，从中断处接着问。',
    'zh-TW': '繼續上次中斷的訪談：已保留先前的 {count} 個回答，從中斷處接著問。',
  },
  'iv.interrupted': {
    en: 'Interview stopped. {count} answer(s) are saved; run the same command to resume where you stopped.',
    'zh-CN': '访谈已停止。已保存 {count} 个回答；再次运行同一命令即可从中断处继续。',
    'zh-TW': '訪談已停止。已儲存 {count} 個回答；再次執行同一命令即可從中斷處繼續。',
  },
  'iv.done': {
    en: 'Interview complete ({count} answers). Next: dxplan check for the full review, dxplan build for the documents.',
    'zh-CN': '访谈完成（共 {count} 个回答）。下一步：运行 dxplan check 查看完整检查，运行 dxplan build 生成文档。',
    'zh-TW': '訪談完成（共 {count} 個回答）。下一步：執行 dxplan check 查看完整檢查，執行 dxplan build 產生文件。',
  },
  'iv.warnings': {
    en: 'Methodology findings for this canvas ({count}):',
    'zh-CN': '本画布的方法论检查结果（{count} 条）：',
    'zh-TW': '本畫布的方法論檢查結果（{count} 條）：',
  },
  'iv.noWarnings': {
    en: '✔ No methodology findings for this canvas.',
    'zh-CN': '✔ 本画布没有方法论问题。',
    'zh-TW': '✔ 本畫布沒有方法論問題。',
  },
  'iv.incomplete': {
    en: 'This canvas is not complete yet ({count} problem(s)); the methodology checks run once every canvas is valid:',
    'zh-CN': '本画布尚未填写完整（{count} 个问题）；所有画布都有效后才会运行方法论检查：',
    'zh-TW': '本畫布尚未填寫完整（{count} 個問題）；所有畫布都有效後才會執行方法論檢查：',
  },
  'iv.otherFiles': {
    en: 'This canvas is valid; {count} problem(s) in other files hold back the methodology checks (see dxplan validate).',
    'zh-CN': '本画布有效；其他文件中还有 {count} 个问题，方法论检查暂时无法运行（见 dxplan validate）。',
    'zh-TW': '本畫布有效；其他檔案中還有 {count} 個問題，方法論檢查暫時無法執行（見 dxplan validate）。',
  },

  // --- prompts ---
  'iv.helpHint': { en: '(? = why)', 'zh-CN': '（? 查看说明）', 'zh-TW': '（? 查看說明）' },
  'iv.why': { en: 'Why', 'zh-CN': '为什么问', 'zh-TW': '為什麼問' },
  'iv.example': { en: 'Example', 'zh-CN': '示例', 'zh-TW': '範例' },
  'iv.noHelp': { en: 'No further explanation for this question.', 'zh-CN': '这个问题没有更多说明。', 'zh-TW': '這個問題沒有更多說明。' },
  'iv.yes': { en: 'Yes', 'zh-CN': '是', 'zh-TW': '是' },
  'iv.no': { en: 'No', 'zh-CN': '否', 'zh-TW': '否' },
  'iv.yesNo': { en: 'Answer y (yes) or n (no).', 'zh-CN': '请回答 y（是）或 n（否）。', 'zh-TW': '請回答 y（是）或 n（否）。' },
  'iv.keys.navigate': { en: 'move', 'zh-CN': '移动', 'zh-TW': '移動' },
  'iv.keys.select': { en: 'choose', 'zh-CN': '选择', 'zh-TW': '選擇' },
  'iv.keys.submit': { en: 'confirm', 'zh-CN': '确认', 'zh-TW': '確認' },
  'iv.keys.space': { en: 'space', 'zh-CN': '空格', 'zh-TW': '空白鍵' },
  'iv.keys.all': { en: 'all', 'zh-CN': '全选', 'zh-TW': '全選' },
  'iv.keys.invert': { en: 'invert', 'zh-CN': '反选', 'zh-TW': '反選' },
  'iv.listHint': {
    en: 'One per line. Enter keeps a saved line, "-" deletes it, an empty line ends the list.',
    'zh-CN': '每行一条。回车保留已保存的行，输入 "-" 删除该行，空行结束输入。',
    'zh-TW': '每行一條。按 Enter 保留已儲存的行，輸入 "-" 刪除該行，空行結束輸入。',
  },
  'iv.idPrompt': {
    en: 'Short id other entries refer to (lower-case letters, digits, - and _)',
    'zh-CN': '供其他条目引用的简短 id（小写字母、数字、- 和 _）',
    'zh-TW': '供其他項目引用的簡短 id（小寫英文字母、數字、- 和 _）',
  },
  'iv.item.question': { en: '{item}: keep, edit or remove?', 'zh-CN': '{item}：保留、修改还是删除？', 'zh-TW': '{item}：保留、修改還是刪除？' },
  'iv.item.example': {
    en: '{item} is an example from the starter file: keep, edit or remove?',
    'zh-CN': '{item} 是初始模板中的示例：保留、修改还是删除？',
    'zh-TW': '{item} 是初始範本中的範例：保留、修改還是刪除？',
  },
  'iv.item.keep': { en: 'Keep as it is', 'zh-CN': '保留不变', 'zh-TW': '保留不變' },
  'iv.item.edit': { en: 'Edit', 'zh-CN': '修改', 'zh-TW': '修改' },
  'iv.item.remove': { en: 'Remove', 'zh-CN': '删除', 'zh-TW': '刪除' },

  // --- validation (the same words for typed answers and answers files) ---
  'iv.required': { en: 'An answer is needed here.', 'zh-CN': '此处必须填写。', 'zh-TW': '此處必須填寫。' },
  'iv.tooLong': { en: 'Keep it under {max} characters.', 'zh-CN': '请控制在 {max} 个字符以内。', 'zh-TW': '請控制在 {max} 個字元以內。' },
  'iv.id': {
    en: '"{found}" is not an id: use lower-case letters, digits, - and _, starting with a letter or digit (at most 64).',
    'zh-CN': '"{found}" 不是有效的 id：只能用小写字母、数字、- 和 _，以字母或数字开头（最多 64 个字符）。',
    'zh-TW': '"{found}" 不是有效的 id：只能用小寫英文字母、數字、- 和 _，以字母或數字開頭（最多 64 個字元）。',
  },
  'iv.idTaken': { en: 'The id "{id}" is already used in this list; choose another.', 'zh-CN': 'id "{id}" 在本列表中已被使用，请换一个。', 'zh-TW': 'id "{id}" 在本清單中已被使用，請換一個。' },
  'iv.intRange': { en: 'Enter a whole number from {min} to {max}.', 'zh-CN': '请输入 {min} 到 {max} 之间的整数。', 'zh-TW': '請輸入 {min} 到 {max} 之間的整數。' },
  'iv.intMin': { en: 'Enter a whole number of at least {min}.', 'zh-CN': '请输入不小于 {min} 的整数。', 'zh-TW': '請輸入不小於 {min} 的整數。' },
  'iv.dateFormat': { en: '"{found}" is not a date: write YYYY-MM-DD, e.g. 2027-01-04.', 'zh-CN': '"{found}" 不是日期：请按 YYYY-MM-DD 填写，例如 2027-01-04。', 'zh-TW': '"{found}" 不是日期：請按 YYYY-MM-DD 填寫，例如 2027-01-04。' },
  'iv.dateReal': { en: '{found} is not a real calendar date; check the month and the day.', 'zh-CN': '{found} 不是真实存在的日期，请检查月份和日期。', 'zh-TW': '{found} 不是真實存在的日期，請檢查月份和日期。' },
  'iv.dateBefore': { en: 'The date cannot be before {date}.', 'zh-CN': '日期不能早于 {date}。', 'zh-TW': '日期不能早於 {date}。' },
  'iv.atLeast': { en: 'Give at least {min}.', 'zh-CN': '至少需要 {min} 项。', 'zh-TW': '至少需要 {min} 項。' },

  // --- value positioning ---
  'iv.vp.stable_business': { en: 'The core business already runs steadily', 'zh-CN': '核心业务已经稳定运转', 'zh-TW': '核心業務已經穩定運轉' },
  'iv.vp.existing_resources': { en: 'It holds resources of its own worth levering', 'zh-CN': '手上有值得撬动的自有资源', 'zh-TW': '手上有值得撬動的自有資源' },
  'iv.vp.scopeWarning': {
    en: '  ! The method assumes both; note what is missing and test that assumption before building (§2).',
    'zh-CN': '  ! 这套方法以这两点为前提；请记下欠缺之处，并在动手建设前先验证这个假设（§2）。',
    'zh-TW': '  ! 這套方法以這兩點為前提；請記下欠缺之處，並在動手建設前先驗證這個假設（§2）。',
  },
  'iv.vp.dimensionStatement': { en: '{dimension}: what does the platform give the enterprise here, in one sentence?', 'zh-CN': '{dimension}：平台在这方面为企业带来什么？请用一句话说明。', 'zh-TW': '{dimension}：平臺在這方面為企業帶來什麼？請用一句話說明。' },
  'iv.vp.coreDimension': { en: 'Which dimension is that core value?', 'zh-CN': '这个核心价值属于哪个维度？', 'zh-TW': '這個核心價值屬於哪個維度？' },
  'iv.vp.addResource': { en: 'Add a key resource?', 'zh-CN': '添加一项关键资源？', 'zh-TW': '新增一項關鍵資源？' },
  'iv.vp.addAnotherResource': { en: 'Add another key resource?', 'zh-CN': '再添加一项关键资源？', 'zh-TW': '再新增一項關鍵資源？' },
  'iv.vp.resourceName': { en: 'Name of the resource (how many, if it counts)', 'zh-CN': '资源名称（可计数的请写明数量）', 'zh-TW': '資源名稱（可計數的請寫明數量）' },
  'iv.vp.resourceType': { en: 'What kind of resource is it?', 'zh-CN': '这属于哪类资源？', 'zh-TW': '這屬於哪類資源？' },
  'iv.vp.resourceDescription': { en: 'How does it help the launch? (optional)', 'zh-CN': '它如何帮助平台启动？（可选）', 'zh-TW': '它如何幫助平臺啟動？（選填）' },

  // --- business architecture ---
  'iv.ba.addGoal': { en: 'Add a key operating goal?', 'zh-CN': '添加一个关键运营目标？', 'zh-TW': '新增一個關鍵運營目標？' },
  'iv.ba.addAnotherGoal': { en: 'Add another key operating goal?', 'zh-CN': '再添加一个关键运营目标？', 'zh-TW': '再新增一個關鍵運營目標？' },
  'iv.ba.addFunction': { en: 'Add a function for "{goal}"?', 'zh-CN': '为“{goal}”添加一个功能？', 'zh-TW': '為「{goal}」新增一個功能？' },
  'iv.ba.addAnotherFunction': { en: 'Add another function for "{goal}"?', 'zh-CN': '为“{goal}”再添加一个功能？', 'zh-TW': '為「{goal}」再新增一個功能？' },
  'iv.ba.linkFunction': { en: 'A new function, or one already on the canvas that also serves this goal?', 'zh-CN': '新建一个功能，还是选用画布上已有、也服务于这个目标的功能？', 'zh-TW': '新建一個功能，還是選用畫布上已有、也服務於這個目標的功能？' },
  'iv.ba.newFunction': { en: 'A new function', 'zh-CN': '新建功能', 'zh-TW': '新建功能' },
  'iv.ba.undecided': { en: 'Not decided yet', 'zh-CN': '暂不决定', 'zh-TW': '暫不決定' },
  'iv.ba.addRole': { en: 'Add a role that takes part in "{function}"?', 'zh-CN': '为“{function}”添加一个参与的角色？', 'zh-TW': '為「{function}」新增一個參與的角色？' },
  'iv.ba.addAnotherRole': { en: 'Add another role in "{function}"?', 'zh-CN': '为“{function}”再添加一个角色？', 'zh-TW': '為「{function}」再新增一個角色？' },
  'iv.ba.newRole': { en: 'A new role…', 'zh-CN': '新角色…', 'zh-TW': '新角色…' },

  // --- north star ---
  'iv.ns.addCandidate': { en: 'Add a candidate metric?', 'zh-CN': '添加一个候选指标？', 'zh-TW': '新增一個候選指標？' },
  'iv.ns.addAnotherCandidate': { en: 'Add another candidate metric?', 'zh-CN': '再添加一个候选指标？', 'zh-TW': '再新增一個候選指標？' },
  'iv.ns.ranking': { en: 'Candidates by score (four criteria, 0-2 each):', 'zh-CN': '候选指标得分排序（四项标准，每项 0-2 分）：', 'zh-TW': '候選指標得分排序（四項標準，每項 0-2 分）：' },
  'iv.ns.best': { en: '← best scored', 'zh-CN': '← 得分最高', 'zh-TW': '← 得分最高' },
  'iv.ns.addInput': { en: 'Add an input metric?', 'zh-CN': '添加一个输入指标？', 'zh-TW': '新增一個輸入指標？' },
  'iv.ns.addAnotherInput': { en: 'Add another input metric?', 'zh-CN': '再添加一个输入指标？', 'zh-TW': '再新增一個輸入指標？' },
  'iv.ns.coldStart': { en: 'Cold-start goals: plan them now, not after launch (§5).', 'zh-CN': '冷启动目标：在规划阶段就定下来，而不是上线以后再想（§5）。', 'zh-TW': '冷啟動目標：在規劃階段就定下來，而不是上線以後再想（§5）。' },

  // --- assessment ---
  'iv.as.addEvidence': { en: 'Add evidence behind these scores?', 'zh-CN': '为这些评分添加依据？', 'zh-TW': '為這些評分新增依據？' },
  'iv.as.addAnotherEvidence': { en: 'Add more evidence?', 'zh-CN': '再添加一条依据？', 'zh-TW': '再新增一條依據？' },

  // --- launch plan ---
  'iv.lp.phaseDates': { en: '{phase}: {from} to {to}', 'zh-CN': '{phase}：{from} 至 {to}', 'zh-TW': '{phase}：{from} 至 {to}' },
  'iv.lp.addTraining': { en: 'Add a department to train?', 'zh-CN': '添加一个需要培训的部门？', 'zh-TW': '新增一個需要培訓的部門？' },
  'iv.lp.addAnotherTraining': { en: 'Add another department to train?', 'zh-CN': '再添加一个需要培训的部门？', 'zh-TW': '再新增一個需要培訓的部門？' },

  // --- answers files ---
  'answers.missing': { en: 'missing answer {key}', 'zh-CN': '缺少答案 {key}', 'zh-TW': '缺少答案 {key}' },
  'answers.invalid': { en: 'invalid answer {key}: {found}', 'zh-CN': '答案 {key} 无效：{found}', 'zh-TW': '答案 {key} 無效：{found}' },
  'answers.expected': { en: '{expected} (question: {question})', 'zh-CN': '{expected}（问题：{question}）', 'zh-TW': '{expected}（問題：{question}）' },
  'answers.expectText': { en: 'Expected a piece of text.', 'zh-CN': '这里应为一段文字。', 'zh-TW': '這裡應為一段文字。' },
  'answers.expectList': { en: 'Expected a list, one entry per line.', 'zh-CN': '这里应为列表，每行一项。', 'zh-TW': '這裡應為清單，每行一項。' },
  'answers.expectYesNo': { en: 'Expected yes or no.', 'zh-CN': '这里应为 yes 或 no。', 'zh-TW': '這裡應為 yes 或 no。' },
  'answers.expectItem': { en: 'Expected keep, edit, remove, or the item\'s new fields.', 'zh-CN': '这里应为 keep、edit、remove，或该条目的新字段。', 'zh-TW': '這裡應為 keep、edit、remove，或該項目的新欄位。' },
  'answers.oneOf': { en: 'Expected one of: {values}.', 'zh-CN': '应为以下之一：{values}。', 'zh-TW': '應為以下之一：{values}。' },
  'answers.someOf': { en: 'Expected values from: {values}.', 'zh-CN': '应取自：{values}。', 'zh-TW': '應取自：{values}。' },
  'answers.didYouMean': { en: 'Did you mean "{suggestion}"?', 'zh-CN': '你是不是想写 "{suggestion}"？', 'zh-TW': '你是不是想寫 "{suggestion}"？' },
  'answers.unknown': { en: 'unknown answer {key}: no question reads it', 'zh-CN': '未知答案 {key}：没有任何问题使用它', 'zh-TW': '未知答案 {key}：沒有任何問題使用它' },
  'answers.unknown.hint': { en: 'check the key against docs/interview.md, or remove it', 'zh-CN': '请对照 docs/interview.md 检查键名，或删除它', 'zh-TW': '請對照 docs/interview.md 檢查鍵名，或刪除它' },
  'answers.unknownCanvas': { en: '"{key}" is not a canvas; the answers file is keyed by {canvases}', 'zh-CN': '"{key}" 不是画布；答案文件的顶层键应为 {canvases}', 'zh-TW': '"{key}" 不是畫布；答案檔案的頂層鍵應為 {canvases}' },
  'answers.missingFile': { en: 'the answers file {file} does not exist', 'zh-CN': '答案文件 {file} 不存在', 'zh-TW': '答案檔案 {file} 不存在' },
  'answers.shape': { en: 'the answers file must be a mapping from canvas ids to answers', 'zh-CN': '答案文件必须是以画布 id 为键的映射', 'zh-TW': '答案檔案必須是以畫布 id 為鍵的對應表' },
  'answers.shape.hint': { en: 'start it with e.g. "north-star:" (see docs/interview.md)', 'zh-CN': '例如以 "north-star:" 开头（见 docs/interview.md）', 'zh-TW': '例如以 "north-star:" 開頭（見 docs/interview.md）' },
  'answers.nothingWritten': { en: 'Nothing was written: fix the answers above and run again.', 'zh-CN': '未写入任何文件：请修正以上答案后重新运行。', 'zh-TW': '未寫入任何檔案：請修正以上答案後重新執行。' },
  'answers.done': { en: 'Answers applied to {count} canvas(es).', 'zh-CN': '已将答案写入 {count} 张画布。', 'zh-TW': '已將答案寫入 {count} 張畫布。' },
  'answers.alreadyApplied': {
    en: 'nothing to do: the canvases are exactly as {file} left them when it was last applied',
    'zh-CN': '无需操作：各画布与上次应用 {file} 后的结果完全一致',
    'zh-TW': '無需操作：各畫布與上次套用 {file} 後的結果完全一致',
  },
});
