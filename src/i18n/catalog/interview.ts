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
    en: 'Enter keeps the answer in brackets · ? and Enter: why we ask, with an example · Esc: previous question · Ctrl-G: go to another part · Ctrl-T: the board · Ctrl-C: stop (every answer is saved; run again to resume).',
    'zh-CN': '回车保留括号中的答案 · 输入 ? 再回车：为什么问、附示例 · Esc：上一题 · Ctrl-G：跳到其他部分 · Ctrl-T：查看画布看板 · Ctrl-C：停止（每个回答都已保存，再次运行即可继续）。',
    'zh-TW': '按 Enter 保留括號中的答案 · 輸入 ? 再按 Enter：為什麼問、附範例 · Esc：上一題 · Ctrl-G：跳到其他部分 · Ctrl-T：查看畫布看板 · Ctrl-C：停止（每個回答都已儲存，再次執行即可繼續）。',
  },
  'iv.resuming': {
    en: 'Resuming the interrupted interview: {count} earlier answer(s) kept, going on at the question where it stopped.',
    'zh-CN': '继续上次中断的访谈：已保留之前的 {count} 个回答，从中断的那道题接着问。',
    'zh-TW': '繼續上次中斷的訪談：已保留先前的 {count} 個回答，從中斷的那一題接著問。',
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

  // --- prompts ---
  'iv.helpHint': { en: '(? = why)', 'zh-CN': '（? 查看说明）', 'zh-TW': '（? 查看說明）' },
  'iv.why': { en: 'Why: ', 'zh-CN': '为什么问：', 'zh-TW': '為什麼問：' },
  // The lead-in of a question's example, with the colon of each language (full-width in Chinese).
  'iv.example': { en: 'Example: ', 'zh-CN': '示例：', 'zh-TW': '範例：' },
  'iv.noHelp': { en: 'No further explanation for this question.', 'zh-CN': '这个问题没有更多说明。', 'zh-TW': '這個問題沒有更多說明。' },
  'iv.yes': { en: 'Yes', 'zh-CN': '是', 'zh-TW': '是' },
  'iv.no': { en: 'No', 'zh-CN': '否', 'zh-TW': '否' },
  'iv.idPrompt': {
    en: 'Short id other entries refer to (lower-case letters, digits, - and _)',
    'zh-CN': '供其他条目引用的简短 id（小写字母、数字、- 和 _）',
    'zh-TW': '供其他條目引用的簡短 id（小寫英文字母、數字、- 和 _）',
  },
  'iv.item.question': { en: '{item}: keep, edit or remove?', 'zh-CN': '{item}：保留、修改还是删除？', 'zh-TW': '{item}：保留、修改還是刪除？' },
  'iv.item.example': {
    en: 'The starter file has {item} here: fill it in, or remove it?',
    'zh-CN': '初始模板在这里放了{item}：填写它，还是删除？',
    'zh-TW': '初始範本在這裡放了{item}：填寫它，還是刪除？',
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
    en: '  ! The method assumes both; note what is missing and test that assumption before building.',
    'zh-CN': '  ! 这套方法以这两点为前提；请记下欠缺之处，并在动手建设前先验证这个假设。',
    'zh-TW': '  ! 這套方法以這兩點為前提；請記下欠缺之處，並在動手建設前先驗證這個假設。',
  },
  'iv.vp.dimensionStatement': { en: '{dimension}: what does the platform give the enterprise here, in one sentence?', 'zh-CN': '{dimension}：平台在这方面为企业带来什么？请用一句话说明。', 'zh-TW': '{dimension}：平臺在這方面為企業帶來什麼？請用一句話說明。' },
  'iv.vp.coreDimension': { en: 'Which dimension is that core value?', 'zh-CN': '这个核心价值属于哪个维度？', 'zh-TW': '這個核心價值屬於哪個維度？' },
  'iv.vp.resourceName': { en: 'Name of the resource (how many, if it counts)', 'zh-CN': '资源名称（可计数的请写明数量）', 'zh-TW': '資源名稱（可計數的請寫明數量）' },
  'iv.vp.resourceType': { en: 'What kind of resource is it?', 'zh-CN': '这属于哪类资源？', 'zh-TW': '這屬於哪類資源？' },
  'iv.vp.resourceDescription': { en: 'How does it help the launch? (optional)', 'zh-CN': '它如何帮助平台启动？（可选）', 'zh-TW': '它如何幫助平臺啟動？（選填）' },

  // --- business architecture ---
  'iv.ba.undecided': { en: 'Not decided yet', 'zh-CN': '暂不决定', 'zh-TW': '暫不決定' },
  'iv.ba.newRole': { en: 'A new role…', 'zh-CN': '新角色…', 'zh-TW': '新角色…' },

  // --- north star ---
  'iv.ns.ranking': { en: 'Candidates by score (four criteria, 0-2 each):', 'zh-CN': '候选指标得分排序（四项标准，每项 0-2 分）：', 'zh-TW': '候選指標得分排序（四項標準，每項 0-2 分）：' },
  'iv.ns.best': { en: '← best scored', 'zh-CN': '← 得分最高', 'zh-TW': '← 得分最高' },
  'iv.ns.coldStart': { en: 'Cold-start goals: plan them now, not after launch.', 'zh-CN': '冷启动目标：在规划阶段就定下来，而不是上线以后再想。', 'zh-TW': '冷啟動目標：在規劃階段就定下來，而不是上線以後再想。' },

  // --- assessment ---

  // --- launch plan ---
  'iv.lp.phaseDates': { en: '{phase}: {from} to {to}', 'zh-CN': '{phase}：{from} 至 {to}', 'zh-TW': '{phase}：{from} 至 {to}' },

  // --- where the consultant is, and the keys ---
  'iv.step': { en: 'step {step} of {steps}: {title}', 'zh-CN': '第 {step}/{steps} 步：{title}', 'zh-TW': '第 {step}/{steps} 步：{title}' },
  'iv.keys.text': {
    en: 'Enter ok · ? why · Esc previous · Ctrl-G go to · Ctrl-T board · Ctrl-C stop',
    'zh-CN': '回车 确认 · ? 说明 · Esc 上一题 · Ctrl-G 跳转 · Ctrl-T 看板 · Ctrl-C 停止',
    'zh-TW': 'Enter 確認 · ? 說明 · Esc 上一題 · Ctrl-G 跳轉 · Ctrl-T 看板 · Ctrl-C 停止',
  },
  'iv.keys.list': {
    en: 'one per line · Enter next line · Enter on an empty line: done · ↑↓ edit a line · Backspace on an empty line removes it · Esc previous · Ctrl-G go to',
    'zh-CN': '每行一条 · 回车 下一行 · 空行回车 结束 · ↑↓ 修改某行 · 空行按退格 删除该行 · Esc 上一题 · Ctrl-G 跳转',
    'zh-TW': '每行一條 · Enter 下一行 · 空行按 Enter 結束 · ↑↓ 修改某行 · 空行按退格 刪除該行 · Esc 上一題 · Ctrl-G 跳轉',
  },
  'iv.keys.choice': {
    en: '↑↓ or number move · Enter choose · Esc previous · Ctrl-G go to · Ctrl-T board · Ctrl-C stop',
    'zh-CN': '↑↓ 或数字 移动 · 回车 选择 · Esc 上一题 · Ctrl-G 跳转 · Ctrl-T 看板 · Ctrl-C 停止',
    'zh-TW': '↑↓ 或數字 移動 · Enter 選擇 · Esc 上一題 · Ctrl-G 跳轉 · Ctrl-T 看板 · Ctrl-C 停止',
  },
  'iv.keys.checklist': {
    en: '↑↓ move · Space or number tick · a all · i invert · Enter confirm · Esc previous · Ctrl-G go to · Ctrl-T board',
    'zh-CN': '↑↓ 移动 · 空格或数字 勾选 · a 全选 · i 反选 · 回车 确认 · Esc 上一题 · Ctrl-G 跳转 · Ctrl-T 看板',
    'zh-TW': '↑↓ 移動 · 空白鍵或數字 勾選 · a 全選 · i 反選 · Enter 確認 · Esc 上一題 · Ctrl-G 跳轉 · Ctrl-T 看板',
  },
  'iv.pickOne': { en: 'Choose one first: ↑↓ or its number, then Enter.', 'zh-CN': '请先选一项：用 ↑↓ 或输入编号，再按回车。', 'zh-TW': '請先選一項：用 ↑↓ 或輸入編號，再按 Enter。' },
  'iv.noSuchChoice': { en: 'There is no choice {n}: the choices are numbered 1 to {max}.', 'zh-CN': '没有第 {n} 项：可选的编号是 1 到 {max}。', 'zh-TW': '沒有第 {n} 項：可選的編號是 1 到 {max}。' },
  'iv.nextEnds': { en: '(Enter on an empty line: done)', 'zh-CN': '（直接回车：结束）', 'zh-TW': '（直接按 Enter：結束）' },
  'iv.nextRequired': { en: '(at least one)', 'zh-CN': '（至少一个）', 'zh-TW': '（至少一個）' },
  'iv.reuse': {
    en: 'Already on the canvas (type the number or the exact name to add one here as well):',
    'zh-CN': '画布上已有的（输入编号或完整名称，即可也加到这里）：',
    'zh-TW': '畫布上已有的（輸入編號或完整名稱，即可也加到這裡）：',
  },
  'iv.firstQuestion': { en: 'This is the first question: there is none before it.', 'zh-CN': '这已经是第一题，前面没有题目了。', 'zh-TW': '這已經是第一題，前面沒有題目了。' },
  'iv.changedByHand': {
    en: '{file} was changed in an editor since: this part starts again from its first question, with every answer offered.',
    'zh-CN': '{file} 在这期间被编辑器修改过：这一部分从第一题重新开始，之前的回答都会作为默认值。',
    'zh-TW': '{file} 在這期間被編輯器修改過：這一部分從第一題重新開始，先前的回答都會作為預設值。',
  },
  'iv.resumeHeader': { en: 'Back in: {canvas}', 'zh-CN': '回到：{canvas}', 'zh-TW': '回到：{canvas}' },
  'iv.recap': { en: 'Answered so far in this canvas ({count}):', 'zh-CN': '本画布已回答（{count} 题）：', 'zh-TW': '本畫布已回答（{count} 題）：' },
  'iv.recapEarlier': { en: '{count} earlier', 'zh-CN': '前面还有 {count} 题', 'zh-TW': '前面還有 {count} 題' },
  'iv.fillIn': {
    en: '(this fills in the starter file\'s example; Enter on an empty line removes it)',
    'zh-CN': '（填写初始模板中的示例；直接回车则删除它）',
    'zh-TW': '（填寫初始範本中的範例；直接按 Enter 則刪除它）',
  },
  'iv.listMoreAbove': { en: '… {count} more line(s) above', 'zh-CN': '… 上面还有 {count} 行', 'zh-TW': '… 上面還有 {count} 行' },
  'iv.numberUnderstood': { en: '→ {raw} taken as {value}', 'zh-CN': '→ “{raw}”按 {value} 记录', 'zh-TW': '→ 「{raw}」按 {value} 記錄' },
  'iv.numbersCount': { en: 'Give {count} numbers separated by spaces (found {found}).', 'zh-CN': '请输入 {count} 个数字，用空格隔开（现在是 {found} 个）。', 'zh-TW': '請輸入 {count} 個數字，用空格隔開（現在是 {found} 個）。' },
  'iv.numbersWhich': { en: 'Number {n}: {problem}', 'zh-CN': '第 {n} 个数字：{problem}', 'zh-TW': '第 {n} 個數字：{problem}' },
  'iv.datePast': {
    en: '{date} is already past (today is {today}). Type another date, or press Enter again to keep it.',
    'zh-CN': '{date} 已经过去了（今天是 {today}）。请换一个日期，或再按一次回车保留。',
    'zh-TW': '{date} 已經過去了（今天是 {today}）。請換一個日期，或再按一次 Enter 保留。',
  },

  // --- the jump menu ---
  'iv.menu.where': { en: 'Where to?', 'zh-CN': '要去哪里？', 'zh-TW': '要去哪裡？' },
  'iv.menu.continue': { en: '↩ Back to where I was ({canvas})', 'zh-CN': '↩ 回到刚才的位置（{canvas}）', 'zh-TW': '↩ 回到剛才的位置（{canvas}）' },
  'iv.menu.filled': { en: 'filled in', 'zh-CN': '已填写', 'zh-TW': '已填寫' },
  'iv.menu.toFill': { en: 'to fill in', 'zh-CN': '待填写', 'zh-TW': '待填寫' },
  'iv.menu.walk': { en: 'Walk through every canvas, question by question', 'zh-CN': '从头到尾逐题走一遍所有画布', 'zh-TW': '從頭到尾逐題走一遍所有畫布' },
  'iv.menu.done': { en: 'Done: end the interview', 'zh-CN': '完成：结束访谈', 'zh-TW': '完成：結束訪談' },
  'iv.menu.step': { en: '{canvas}: which step?', 'zh-CN': '{canvas}：哪一步？', 'zh-TW': '{canvas}：哪一步？' },
  'iv.menu.item': { en: '{step}: which one?', 'zh-CN': '{step}：哪一项？', 'zh-TW': '{step}：哪一項？' },
  'iv.menu.wholeCanvas': { en: 'The whole canvas, question by question', 'zh-CN': '整张画布，逐题', 'zh-TW': '整張畫布，逐題' },
  'iv.menu.wholeStep': { en: 'All of this step', 'zh-CN': '这一步的全部内容', 'zh-TW': '這一步的全部內容' },
  'iv.menu.addNew': { en: 'Add new ones', 'zh-CN': '新增', 'zh-TW': '新增' },
  'iv.menu.back': { en: '← Back', 'zh-CN': '← 返回', 'zh-TW': '← 返回' },

  // --- the board and the report after a canvas ---
  'iv.board.none': { en: 'The board appears once the business architecture has a goal.', 'zh-CN': '业务架构有了目标之后，才会出现画布看板。', 'zh-TW': '業務架構有了目標之後，才會出現畫布看板。' },
  'iv.board.empty': { en: 'No function yet.', 'zh-CN': '还没有功能。', 'zh-TW': '還沒有功能。' },
  'iv.report.incomplete': {
    en: 'This canvas is not complete yet: {count} answer(s) still missing or to correct, in {parts}. Ctrl-G takes you there.',
    'zh-CN': '本画布还没有填写完整：还有 {count} 个回答缺失或需要修改，在“{parts}”。按 Ctrl-G 可以直接跳过去。',
    'zh-TW': '本畫布還沒有填寫完整：還有 {count} 個回答缺漏或需要修改，在「{parts}」。按 Ctrl-G 可以直接跳過去。',
  },
  'iv.report.somewhere': { en: 'this canvas', 'zh-CN': '本画布', 'zh-TW': '本畫布' },
  'iv.report.details': { en: 'dxplan check gives each finding with its place in the files and how to fix it.', 'zh-CN': '运行 dxplan check 可以看到每条结果在文件中的位置和修改方法。', 'zh-TW': '執行 dxplan check 可以看到每條結果在檔案中的位置和修改方法。' },
  'iv.report.elsewhere': { en: 'Still to fix in other parts before the full check can run:', 'zh-CN': '完整检查之前，其他部分还需要处理：', 'zh-TW': '完整檢查之前，其他部分還需要處理：' },
  'iv.report.fixMissing': {
    en: '{canvas}: {count} answer(s) missing or to correct (asked when the interview gets there).',
    'zh-CN': '{canvas}：还有 {count} 个回答缺失或需要修改（访谈进行到那里时会问到）。',
    'zh-TW': '{canvas}：還有 {count} 個回答缺漏或需要修改（訪談進行到那裡時會問到）。',
  },
  'iv.report.fixRefs': {
    en: '{canvas}: {count} entry(ies) still refer to something no longer on the canvas, such as a starter example removed here; update them when you get there.',
    'zh-CN': '{canvas}：有 {count} 处仍引用了画布上已经不存在的内容（例如这里删掉的初始示例），到那里时请一并更新。',
    'zh-TW': '{canvas}：有 {count} 處仍引用了畫布上已經不存在的內容（例如這裡刪掉的初始範例），到那裡時請一併更新。',
  },
  'iv.report.fixBoth': {
    en: '{canvas}: {missing} answer(s) missing or to correct, and {refs} entry(ies) referring to something no longer on the canvas.',
    'zh-CN': '{canvas}：有 {missing} 个回答缺失或需要修改，另有 {refs} 处引用了画布上已经不存在的内容。',
    'zh-TW': '{canvas}：有 {missing} 個回答缺漏或需要修改，另有 {refs} 處引用了畫布上已經不存在的內容。',
  },

  // --- the company, asked up front ---
  'iv.company.title': { en: 'The company', 'zh-CN': '企业概况', 'zh-TW': '企業概況' },
  'iv.company.intro': {
    en: 'Two facts about the company come first, because the advice depends on them: its industry decides where to start, its size whether standard SaaS or custom systems fit.',
    'zh-CN': '先确认企业的两项基本情况，因为后面的建议都取决于它们：行业决定从哪里切入，规模决定适合标准化 SaaS 还是定制系统。',
    'zh-TW': '先確認企業的兩項基本情況，因為後面的建議都取決於它們：產業決定從哪裡切入，規模決定適合標準化 SaaS 還是客製系統。',
  },
  'iv.company.industry': { en: 'Which industry is the company in?', 'zh-CN': '企业属于哪个行业？', 'zh-TW': '企業屬於哪個產業？' },
  'iv.company.industry.why': {
    en: 'The methodology names an entry point per industry: medical starts with business digitalisation, retail with private-domain growth, health with the service experience, independent brands with channel or ad operations.',
    'zh-CN': '方法论按行业给出切入点：医疗从业务数字化切入，零售从私域运营和用户增长切入，健康从用户服务体验切入，独立品牌从渠道或投放运营切入。',
    'zh-TW': '方法論按產業提出切入點：醫療從業務數位化切入，零售從私域經營和使用者成長切入，健康從使用者服務體驗切入，獨立品牌從通路或投放經營切入。',
  },
  'iv.company.company_size': { en: 'How large is the company?', 'zh-CN': '企业规模多大？', 'zh-TW': '企業規模多大？' },
  'iv.company.company_size.why': {
    en: 'Small companies start with standard SaaS, the cheapest way; large ones go for custom systems where data privacy and integration with what they already run matter.',
    'zh-CN': '小企业先用标准化 SaaS，成本最低；大企业更适合定制系统，以保证数据隐私并与既有系统打通。',
    'zh-TW': '小企業先用標準化 SaaS，成本最低；大企業更適合客製系統，以確保資料隱私並與既有系統整合。',
  },

  // --- value positioning: steps and lists ---
  'iv.vp.step.fit': { en: 'Does the method fit?', 'zh-CN': '方法是否适用', 'zh-TW': '方法是否適用' },
  'iv.vp.step.resources': { en: 'Key resources', 'zh-CN': '关键资源', 'zh-TW': '關鍵資源' },
  'iv.vp.step.principles': { en: 'Principles', 'zh-CN': '原则', 'zh-TW': '原則' },
  'iv.vp.exampleResource': { en: 'an example resource', 'zh-CN': '一项示例资源', 'zh-TW': '一項範例資源' },
  'iv.vp.nextResource': { en: 'Name a key resource the business already holds (how many, if it counts)', 'zh-CN': '请说出企业已经拥有的一项关键资源（可计数的请写明数量）', 'zh-TW': '請說出企業已經擁有的一項關鍵資源（可計數的請寫明數量）' },
  'iv.vp.nextAnotherResource': { en: 'Another key resource?', 'zh-CN': '还有其他关键资源吗？', 'zh-TW': '還有其他關鍵資源嗎？' },

  // --- business architecture: steps ---
  'iv.ba.step.goals': { en: 'Goals', 'zh-CN': '目标', 'zh-TW': '目標' },
  'iv.ba.step.roles': { en: 'Roles', 'zh-CN': '角色', 'zh-TW': '角色' },
  'iv.ba.step.functions': { en: 'Functions and who does what', 'zh-CN': '功能与分工', 'zh-TW': '功能與分工' },
  'iv.ba.step.design': { en: 'Design choices', 'zh-CN': '设计选择', 'zh-TW': '設計選擇' },
  'iv.ba.step.gaps': { en: 'Modules left out', 'zh-CN': '暂不建设的模块', 'zh-TW': '暫不建置的模組' },
  'iv.ba.exampleGoal': { en: 'an example goal', 'zh-CN': '一个示例目标', 'zh-TW': '一個範例目標' },
  'iv.ba.exampleRole': { en: 'an example role', 'zh-CN': '一个示例角色', 'zh-TW': '一個範例角色' },
  'iv.ba.exampleFunction': { en: 'an example function', 'zh-CN': '一个示例功能', 'zh-TW': '一個範例功能' },
  'iv.ba.goalDetail': { en: 'delivery phase {phase}', 'zh-CN': '第 {phase} 期交付', 'zh-TW': '第 {phase} 期交付' },
  'iv.ba.goalN': { en: 'goal {n}', 'zh-CN': '第 {n} 个目标', 'zh-TW': '第 {n} 個目標' },
  'iv.ba.roleN': { en: 'role {n}', 'zh-CN': '第 {n} 个角色', 'zh-TW': '第 {n} 個角色' },
  'iv.ba.goalOf': { en: 'goal {n} of {count}: {goal}', 'zh-CN': '目标 {n}/{count}：{goal}', 'zh-TW': '目標 {n}/{count}：{goal}' },
  'iv.ba.goalFunctions': { en: '{goal}: its functions', 'zh-CN': '{goal}：它的功能', 'zh-TW': '{goal}：它的功能' },
  'iv.ba.nextGoal': { en: 'What is a key operating goal the platform has to reach? Give it a short name', 'zh-CN': '平台必须达成的一个关键运营目标是什么？请起一个简短的名字', 'zh-TW': '平臺必須達成的一個關鍵運營目標是什麼？請取一個簡短的名字' },
  'iv.ba.nextAnotherGoal': { en: 'Another key operating goal?', 'zh-CN': '还有其他关键运营目标吗？', 'zh-TW': '還有其他關鍵運營目標嗎？' },
  'iv.ba.laterGoals': {
    en: 'Which of these goals come after the first launch (a later delivery phase)? The others are phase 1.',
    'zh-CN': '这些目标中，哪些放到首期上线之后（后续交付期）？其余的都算第 1 期。',
    'zh-TW': '這些目標中，哪些放到首期上線之後（後續交付期）？其餘的都算第 1 期。',
  },
  'iv.ba.nextRole': {
    en: 'Who takes part on the platform? Name a role (a kind of person, inside the company or out)',
    'zh-CN': '平台上有哪些角色参与？请说一个角色（企业内部或外部的一类人）',
    'zh-TW': '平臺上有哪些角色參與？請說一個角色（企業內部或外部的一類人）',
  },
  'iv.ba.nextAnotherRole': { en: 'Another role?', 'zh-CN': '还有其他角色吗？', 'zh-TW': '還有其他角色嗎？' },
  'iv.ba.internalRoles': {
    en: 'Which of these roles are the company\'s own staff (internal)? The others are external.',
    'zh-CN': '这些角色中，哪些是企业自己的员工（内部角色）？其余的算外部角色。',
    'zh-TW': '這些角色中，哪些是企業自己的員工（內部角色）？其餘的算外部角色。',
  },
  'iv.ba.nextFunction': { en: 'Which function does the platform need to reach "{goal}"?', 'zh-CN': '要达成“{goal}”，平台需要哪个功能？', 'zh-TW': '要達成「{goal}」，平臺需要哪個功能？' },
  'iv.ba.nextAnotherFunction': { en: 'Another function for "{goal}"?', 'zh-CN': '“{goal}”还需要其他功能吗？', 'zh-TW': '「{goal}」還需要其他功能嗎？' },
  'iv.ba.categoryModule': {
    en: 'What kind of function is it? (the module dimension follows from it)',
    'zh-CN': '这是哪一类功能？（产品架构的模块维度随之确定）',
    'zh-TW': '這是哪一類功能？（產品架構的模組維度隨之確定）',
  },
  'iv.ba.categoryWithModule': { en: '{category} (module: {module})', 'zh-CN': '{category}（模块：{module}）', 'zh-TW': '{category}（模組：{module}）' },
  'iv.ba.otherCombination': { en: 'Another combination of category and module…', 'zh-CN': '其他类别与模块的组合…', 'zh-TW': '其他類別與模組的組合…' },
  'iv.ba.whoActs': { en: 'Which roles take part here? Tick each one (Space).', 'zh-CN': '哪些角色参与其中？逐个勾选（空格）。', 'zh-TW': '哪些角色參與其中？逐一勾選（空白鍵）。' },
  'iv.ba.doesHere': { en: 'Does here: {activity}', 'zh-CN': '在这里做：{activity}', 'zh-TW': '在這裡做：{activity}' },
  'iv.ba.nobody': { en: 'Nobody yet (leave this crossing empty)', 'zh-CN': '暂时没有（这一格先空着）', 'zh-TW': '暫時沒有（這一格先空著）' },
  'iv.ba.tickRoles': {
    en: 'Tick the roles that take part with Space (or their number), or tick "Nobody yet"; Enter alone picks nobody.',
    'zh-CN': '请用空格（或编号）勾选参与的角色，或勾选“暂时没有”；只按回车不会替你选任何角色。',
    'zh-TW': '請用空白鍵（或編號）勾選參與的角色，或勾選「暫時沒有」；只按 Enter 不會替你選任何角色。',
  },
  'iv.ba.nobodyAlone': { en: '"Nobody yet" cannot go with other roles: untick one of them.', 'zh-CN': '“暂时没有”不能和其他角色同时勾选，请取消其中一项。', 'zh-TW': '「暫時沒有」不能和其他角色同時勾選，請取消其中一項。' },
  'iv.ba.nextNewRole': { en: 'Another new role here?', 'zh-CN': '这里还有其他新角色吗？', 'zh-TW': '這裡還有其他新角色嗎？' },
  'iv.ba.configurable': {
    en: 'Which of these functions should be built as configurable modules? Tick none if unsure: over-design is the risk.',
    'zh-CN': '这些功能中，哪些要做成可配置的模块？拿不准就都不勾：过度设计才是风险。',
    'zh-TW': '這些功能中，哪些要做成可設定的模組？拿不準就都不勾：過度設計才是風險。',
  },
  'iv.ba.bespoke': { en: 'And which are to be built bespoke, for today\'s cases only?', 'zh-CN': '哪些只按当前需求定制开发？', 'zh-TW': '哪些只按當前需求客製開發？' },
  'iv.ba.frontline': { en: 'Which functions reward frontline staff?', 'zh-CN': '哪些功能用于激励一线人员？', 'zh-TW': '哪些功能用於激勵第一線人員？' },

  // --- north star: steps ---
  'iv.ns.step.candidates': { en: 'Candidate metrics', 'zh-CN': '候选指标', 'zh-TW': '候選指標' },
  'iv.ns.step.choice': { en: 'The choice', 'zh-CN': '选定北极星', 'zh-TW': '選定北極星' },
  'iv.ns.step.inputs': { en: 'Input metrics', 'zh-CN': '输入指标', 'zh-TW': '輸入指標' },
  'iv.ns.step.coldStart': { en: 'Cold start', 'zh-CN': '冷启动', 'zh-TW': '冷啟動' },
  'iv.ns.exampleCandidate': { en: 'an example candidate metric', 'zh-CN': '一个示例候选指标', 'zh-TW': '一個範例候選指標' },
  'iv.ns.exampleInput': { en: 'an example input metric', 'zh-CN': '一个示例输入指标', 'zh-TW': '一個範例輸入指標' },
  'iv.ns.candidateN': { en: 'candidate {n}', 'zh-CN': '第 {n} 个候选', 'zh-TW': '第 {n} 個候選' },
  'iv.ns.nextCandidate': { en: 'Which metric could be the platform\'s north star? Name a candidate', 'zh-CN': '哪个指标有可能成为平台的北极星？请提一个候选', 'zh-TW': '哪個指標有可能成為平臺的北極星？請提一個候選' },
  'iv.ns.nextAnotherCandidate': { en: 'Another candidate metric?', 'zh-CN': '还有其他候选指标吗？', 'zh-TW': '還有其他候選指標嗎？' },
  'iv.ns.nextInput': { en: 'Which input metric drives the north star? Name one the team can move directly', 'zh-CN': '哪个输入指标能推动北极星？请说一个团队可以直接发力的指标', 'zh-TW': '哪個輸入指標能推動北極星？請說一個團隊可以直接發力的指標' },
  'iv.ns.nextAnotherInput': { en: 'Another input metric?', 'zh-CN': '还有其他输入指标吗？', 'zh-TW': '還有其他輸入指標嗎？' },

  // --- assessment: steps ---
  'iv.as.step.date': { en: 'Date', 'zh-CN': '评估日期', 'zh-TW': '評估日期' },
  'iv.as.step.facets': { en: 'Levels', 'zh-CN': '各项水平', 'zh-TW': '各項水準' },
  'iv.as.step.evidence': { en: 'Evidence', 'zh-CN': '依据', 'zh-TW': '依據' },
  'iv.as.facetOf': { en: '{n} of {count}: {facet}', 'zh-CN': '{n}/{count}：{facet}', 'zh-TW': '{n}/{count}：{facet}' },
  'iv.as.levelsNeeded': { en: 'Give the target level after today\'s: two numbers, e.g. 1 3.', 'zh-CN': '请在当前水平后面写上目标水平：两个数字，例如 1 3。', 'zh-TW': '請在目前水準後面寫上目標水準：兩個數字，例如 1 3。' },
  'iv.as.exampleEvidence': { en: 'an example piece of evidence', 'zh-CN': '一条示例依据', 'zh-TW': '一條範例依據' },
  'iv.as.nextEvidence': { en: 'What evidence is behind these scores? Give it a title', 'zh-CN': '这些评分有什么依据？请写一个标题', 'zh-TW': '這些評分有什麼依據？請寫一個標題' },
  'iv.as.nextAnotherEvidence': { en: 'More evidence?', 'zh-CN': '还有其他依据吗？', 'zh-TW': '還有其他依據嗎？' },

  // --- launch plan: steps ---
  'iv.lp.step.phases': { en: 'Start and phases', 'zh-CN': '启动日期与交付阶段', 'zh-TW': '啟動日期與交付階段' },
  'iv.lp.step.owners': { en: 'Owners', 'zh-CN': '负责人', 'zh-TW': '負責人' },
  'iv.lp.step.kickoff': { en: 'Kickoff and documents', 'zh-CN': '启动会与交付文档', 'zh-TW': '啟動會與交付文件' },
  'iv.lp.step.training': { en: 'Training', 'zh-CN': '培训', 'zh-TW': '培訓' },
  'iv.lp.step.roadmap': { en: 'Roadmap', 'zh-CN': '路线图', 'zh-TW': '路線圖' },
  'iv.lp.step.operations': { en: 'Operations stages', 'zh-CN': '运营阶段', 'zh-TW': '營運階段' },
  'iv.lp.step.fourLooks': { en: 'The four looks', 'zh-CN': '四看', 'zh-TW': '四看' },
  'iv.lp.exampleTraining': { en: 'an example department to train', 'zh-CN': '一个示例培训部门', 'zh-TW': '一個範例培訓部門' },
  'iv.lp.nextTraining': { en: 'Which department needs training?', 'zh-CN': '哪个部门需要培训？', 'zh-TW': '哪個部門需要培訓？' },
  'iv.lp.nextAnotherTraining': { en: 'Another department to train?', 'zh-CN': '还有其他需要培训的部门吗？', 'zh-TW': '還有其他需要培訓的部門嗎？' },
  'iv.lp.ending.exam': { en: 'An exam', 'zh-CN': '考试', 'zh-TW': '考試' },
  'iv.lp.ending.assignment': { en: 'A hands-on assignment', 'zh-CN': '实操作业', 'zh-TW': '實作作業' },

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
