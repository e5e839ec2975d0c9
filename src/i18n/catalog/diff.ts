// Messages of `dxplan diff` (what a change does to the plan), in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the diff area. */
export const diffMessages = defineMessages({
  // --- the command ---
  'cmd.diff.summary': { en: 'what a change does to the plan: items by id, scores, findings and documents (for pull requests)', 'zh-CN': '一次改动对规划的影响：按 id 对比条目、评分、检查结果和文档（用于拉取请求）', 'zh-TW': '一次變更對規劃的影響：依 id 比對條目、評分、檢查結果和文件（用於拉取請求）' },
  'diff.arg.base': { en: 'the old side: a git revision (default: HEAD) or a workspace folder', 'zh-CN': '变更前：git 修订版本（默认：HEAD）或工作区文件夹', 'zh-TW': '變更前：git 修訂版本（預設：HEAD）或工作區資料夾' },
  'diff.arg.head': { en: 'the new side: a git revision or a workspace folder (default: the files as they are now)', 'zh-CN': '变更后：git 修订版本或工作区文件夹（默认：当前文件）', 'zh-TW': '變更後：git 修訂版本或工作區資料夾（預設：目前檔案）' },
  'diff.arg.dir': { en: 'the workspace folder inside the repository (default: .)', 'zh-CN': '仓库中的工作区文件夹（默认：.）', 'zh-TW': '儲存庫中的工作區資料夾（預設：.）' },
  'diff.opt.format': { en: 'output format: text, markdown (a pull-request comment) or json', 'zh-CN': '输出格式：text、markdown（用作拉取请求评论）或 json', 'zh-TW': '輸出格式：text、markdown（用作拉取請求留言）或 json' },
  'diff.opt.failOn': { en: 'exit 1 when the change adds error findings (new-errors)', 'zh-CN': '改动新增了错误级检查结果时以 1 退出（new-errors）', 'zh-TW': '變更新增了錯誤級檢查結果時以 1 結束（new-errors）' },

  // --- sides ---
  'diff.side.worktree': { en: 'the files as they are now', 'zh-CN': '当前文件', 'zh-TW': '目前檔案' },
  'diff.side.invalid': { en: '{side} is invalid ({count} problem(s)); only its valid files are compared.', 'zh-CN': '{side} 无效（{count} 个问题）；只对比其中有效的文件。', 'zh-TW': '{side} 無效（{count} 個問題）；只比對其中有效的檔案。' },
  'diff.side.future': {
    en: '{side} was written by a newer dxplan: {file} has format version {version}, and this dxplan reads version {supported}. Upgrade dxplan to compare it.',
    'zh-CN': '{side} 由更新版本的 dxplan 写成：{file} 的格式版本是 {version}，而当前 dxplan 只能读取版本 {supported}。请升级 dxplan 后再对比。',
    'zh-TW': '{side} 由較新版本的 dxplan 寫成：{file} 的格式版本是 {version}，而目前的 dxplan 只能讀取版本 {supported}。請升級 dxplan 後再比對。',
  },
  'diff.side.documentsFailed': { en: 'The documents of {side} could not be generated: {detail}', 'zh-CN': '无法生成 {side} 的文档：{detail}', 'zh-TW': '無法產生 {side} 的文件：{detail}' },
  'diff.uncompared': { en: 'Not compared (invalid on one side): {canvases}', 'zh-CN': '未对比（有一侧无效）：{canvases}', 'zh-TW': '未比對（有一側無效）：{canvases}' },

  // --- summary ---
  'diff.title': { en: 'dxplan diff: {base} → {head}', 'zh-CN': 'dxplan 对比：{base} → {head}', 'zh-TW': 'dxplan 比對：{base} → {head}' },
  'diff.noChange': { en: 'No change to the plan.', 'zh-CN': '规划没有变化。', 'zh-TW': '規劃沒有變動。' },
  'diff.summary.items': { en: '{added} added, {removed} removed, {changed} changed', 'zh-CN': '新增 {added} 项，删除 {removed} 项，修改 {changed} 项', 'zh-TW': '新增 {added} 項，刪除 {removed} 項，修改 {changed} 項' },
  'diff.summary.findings': { en: 'findings: {added} new ({errors} error(s)), {resolved} resolved', 'zh-CN': '检查结果：新增 {added} 条（错误 {errors} 条），解决 {resolved} 条', 'zh-TW': '檢查結果：新增 {added} 則（錯誤 {errors} 則），解決 {resolved} 則' },
  'diff.summary.documents': { en: '{count} document(s) change', 'zh-CN': '{count} 份文档有变化', 'zh-TW': '{count} 份文件有變動' },
  'diff.summary.separator': { en: ' · ', 'zh-CN': '；', 'zh-TW': '；' },

  // --- items ---
  'diff.section.items': { en: 'Plan items', 'zh-CN': '规划条目', 'zh-TW': '規劃條目' },
  'diff.change.added': { en: 'added', 'zh-CN': '新增', 'zh-TW': '新增' },
  'diff.change.removed': { en: 'removed', 'zh-CN': '删除', 'zh-TW': '刪除' },
  'diff.change.changed': { en: 'changed', 'zh-CN': '修改', 'zh-TW': '修改' },
  'diff.renamed': { en: 'renamed {before} → {after}', 'zh-CN': '改名：{before} → {after}', 'zh-TW': '更名：{before} → {after}' },
  'diff.item.named': { en: '{collection} {name} ({id})', 'zh-CN': '{collection}“{name}”（{id}）', 'zh-TW': '{collection}「{name}」（{id}）' },
  'diff.item.plain': { en: '{collection} {id}', 'zh-CN': '{collection} {id}', 'zh-TW': '{collection} {id}' },
  'diff.value.none': { en: '(none)', 'zh-CN': '（无）', 'zh-TW': '（無）' },
  'diff.collection.parties': { en: 'party', 'zh-CN': '参与方', 'zh-TW': '參與方' },
  'diff.collection.key_resources': { en: 'key resource', 'zh-CN': '关键资源', 'zh-TW': '關鍵資源' },
  'diff.collection.goals': { en: 'goal', 'zh-CN': '目标', 'zh-TW': '目標' },
  'diff.collection.functions': { en: 'function', 'zh-CN': '功能', 'zh-TW': '功能' },
  'diff.collection.roles': { en: 'role', 'zh-CN': '角色', 'zh-TW': '角色' },
  'diff.collection.cells': { en: 'crossing', 'zh-CN': '画布格', 'zh-TW': '畫布格' },
  'diff.collection.key_pages': { en: 'key page', 'zh-CN': '关键页面', 'zh-TW': '關鍵頁面' },
  'diff.collection.systems': { en: 'system', 'zh-CN': '系统', 'zh-TW': '系統' },
  'diff.collection.module_exemptions': { en: 'module exemption', 'zh-CN': '模块豁免', 'zh-TW': '模組豁免' },
  'diff.collection.candidates': { en: 'candidate metric', 'zh-CN': '候选指标', 'zh-TW': '候選指標' },
  'diff.collection.inputs': { en: 'input metric', 'zh-CN': '输入指标', 'zh-TW': '輸入指標' },
  'diff.collection.facets': { en: 'facet', 'zh-CN': '评估维度', 'zh-TW': '評估維度' },
  'diff.collection.evidence': { en: 'evidence', 'zh-CN': '证据', 'zh-TW': '佐證' },
  'diff.collection.phases': { en: 'phase', 'zh-CN': '阶段', 'zh-TW': '階段' },
  'diff.collection.training': { en: 'training', 'zh-CN': '培训', 'zh-TW': '教育訓練' },
  'diff.collection.data_projects': { en: 'data project', 'zh-CN': '数据项目', 'zh-TW': '資料專案' },
  'diff.collection.tuning_tickets': { en: 'tuning ticket', 'zh-CN': '调优工单', 'zh-TW': '調校工單' },
  'diff.collection.settings': { en: 'settings', 'zh-CN': '设置', 'zh-TW': '設定' },

  // --- scores ---
  'diff.section.scores': { en: 'Scores', 'zh-CN': '评分', 'zh-TW': '評分' },
  'diff.scores.unchanged': { en: 'Scores unchanged.', 'zh-CN': '评分没有变化。', 'zh-TW': '評分沒有變動。' },
  'diff.scores.northStar': { en: 'North star: {before} → {after}', 'zh-CN': '北极星指标：{before} → {after}', 'zh-TW': '北極星指標：{before} → {after}' },
  'diff.scores.best': { en: 'Best scored candidate: {before} → {after}', 'zh-CN': '得分最高的候选指标：{before} → {after}', 'zh-TW': '得分最高的候選指標：{before} → {after}' },
  'diff.scores.metric': { en: '{name} ({id}) {score}/{max}', 'zh-CN': '{name}（{id}）{score}/{max}', 'zh-TW': '{name}（{id}）{score}/{max}' },
  'diff.scores.noMetric': { en: 'none chosen', 'zh-CN': '未选定', 'zh-TW': '未選定' },
  'diff.scores.overall': {
    en: '{model}, overall: current {currentBefore} → {currentAfter}, target {targetBefore} → {targetAfter} (of {max})',
    'zh-CN': '{model}总分：现状 {currentBefore} → {currentAfter}，目标 {targetBefore} → {targetAfter}（满分 {max}）',
    'zh-TW': '{model}總分：現況 {currentBefore} → {currentAfter}，目標 {targetBefore} → {targetAfter}（滿分 {max}）',
  },
  'diff.scores.facet': { en: '{facet}: current {currentBefore} → {currentAfter}, target {targetBefore} → {targetAfter}', 'zh-CN': '{facet}：现状 {currentBefore} → {currentAfter}，目标 {targetBefore} → {targetAfter}', 'zh-TW': '{facet}：現況 {currentBefore} → {currentAfter}，目標 {targetBefore} → {targetAfter}' },
  'diff.scores.coverage': {
    en: 'Coverage: {completeBefore} of {goalsBefore} goals complete ({shareBefore}%) → {completeAfter} of {goalsAfter} ({shareAfter}%)',
    'zh-CN': '画布覆盖：{goalsBefore} 个目标中 {completeBefore} 个完整（{shareBefore}%）→ {goalsAfter} 个中 {completeAfter} 个（{shareAfter}%）',
    'zh-TW': '畫布覆蓋：{goalsBefore} 個目標中 {completeBefore} 個完整（{shareBefore}%）→ {goalsAfter} 個中 {completeAfter} 個（{shareAfter}%）',
  },
  'diff.scores.coverageBy': {
    en: 'goals with business functions {businessBefore} → {businessAfter}, operations {operationsBefore} → {operationsAfter}, data {dataBefore} → {dataAfter}',
    'zh-CN': '有业务功能的目标 {businessBefore} → {businessAfter}，运营 {operationsBefore} → {operationsAfter}，数据 {dataBefore} → {dataAfter}',
    'zh-TW': '有業務功能的目標 {businessBefore} → {businessAfter}，營運 {operationsBefore} → {operationsAfter}，資料 {dataBefore} → {dataAfter}',
  },

  // --- findings ---
  'diff.section.findings': { en: 'Findings', 'zh-CN': '检查结果', 'zh-TW': '檢查結果' },
  'diff.findings.none': { en: 'No finding came or went.', 'zh-CN': '检查结果没有增减。', 'zh-TW': '檢查結果沒有增減。' },
  'diff.findings.new': { en: 'new', 'zh-CN': '新增', 'zh-TW': '新增' },
  'diff.findings.resolved': { en: 'resolved', 'zh-CN': '已解决', 'zh-TW': '已解決' },
  'diff.findings.counts': { en: '{errors} error(s), {warnings} warning(s), {infos} info(s)', 'zh-CN': '错误 {errors}，警告 {warnings}，提示 {infos}', 'zh-TW': '錯誤 {errors}，警告 {warnings}，提示 {infos}' },

  // --- documents ---
  'diff.section.documents': { en: 'Documents a build would change', 'zh-CN': '构建时会变化的文档', 'zh-TW': '建置時會變動的文件' },
  'diff.documents.reordered': { en: 'same lines, new order', 'zh-CN': '内容相同，顺序改变', 'zh-TW': '內容相同，順序改變' },
  'diff.documents.none': { en: 'A build would write the same documents.', 'zh-CN': '构建出的文档不会变化。', 'zh-TW': '建置出的文件不會變動。' },

  // --- markdown ---
  'diff.md.problems': { en: 'Problems of {side} ({count})', 'zh-CN': '{side} 的问题（{count}）', 'zh-TW': '{side} 的問題（{count}）' },
  'diff.md.items': { en: 'Plan items: {count} change(s)', 'zh-CN': '规划条目：{count} 处变化', 'zh-TW': '規劃條目：{count} 處變動' },
  'diff.md.scores': { en: 'Scores in detail', 'zh-CN': '评分明细', 'zh-TW': '評分明細' },
  'diff.md.findings': { en: 'Findings: {added} new, {resolved} resolved', 'zh-CN': '检查结果：新增 {added} 条，解决 {resolved} 条', 'zh-TW': '檢查結果：新增 {added} 則，解決 {resolved} 則' },
  'diff.md.documents': { en: 'Documents: {count} change(s)', 'zh-CN': '文档：{count} 份有变化', 'zh-TW': '文件：{count} 份有變動' },
  'diff.md.more': { en: '… and {count} more', 'zh-CN': '……另有 {count} 项', 'zh-TW': '……另有 {count} 項' },
  'diff.md.before': { en: 'Before', 'zh-CN': '变更前', 'zh-TW': '變更前' },
  'diff.md.after': { en: 'After', 'zh-CN': '变更后', 'zh-TW': '變更後' },
  'diff.md.northStar': { en: 'North star', 'zh-CN': '北极星指标', 'zh-TW': '北極星指標' },
  'diff.md.assessment': { en: '{model} (current → target, of {max})', 'zh-CN': '{model}（现状 → 目标，满分 {max}）', 'zh-TW': '{model}（現況 → 目標，滿分 {max}）' },
  'diff.md.coverage': { en: 'Goals complete', 'zh-CN': '完整覆盖的目标', 'zh-TW': '完整覆蓋的目標' },
  'diff.md.coverageValue': { en: '{complete} of {goals} ({share}%)', 'zh-CN': '{goals} 个中 {complete} 个（{share}%）', 'zh-TW': '{goals} 個中 {complete} 個（{share}%）' },
  'diff.md.findingsRow': { en: 'Findings', 'zh-CN': '检查结果', 'zh-TW': '檢查結果' },

  // --- errors (exit 2) ---
  'diff.err.gitMissing': { en: 'git is not installed or not on PATH, and it is needed to read revisions', 'zh-CN': '未安装 git 或 git 不在 PATH 中，读取修订版本需要它', 'zh-TW': '未安裝 git 或 git 不在 PATH 中，讀取修訂版本需要它' },
  'diff.err.gitMissing.hint': { en: 'install git, or compare two workspace folders: dxplan diff OLD_FOLDER NEW_FOLDER', 'zh-CN': '请安装 git，或对比两个工作区文件夹：dxplan diff 旧文件夹 新文件夹', 'zh-TW': '請安裝 git，或比對兩個工作區資料夾：dxplan diff 舊資料夾 新資料夾' },
  'diff.err.notRepository': { en: '{dir} is not inside a git repository', 'zh-CN': '{dir} 不在 git 仓库中', 'zh-TW': '{dir} 不在 git 儲存庫中' },
  'diff.err.notRepository.hint': { en: 'run it inside the repository that holds the plan, or compare two workspace folders: dxplan diff OLD_FOLDER NEW_FOLDER', 'zh-CN': '请在存放规划的仓库中运行，或对比两个工作区文件夹：dxplan diff 旧文件夹 新文件夹', 'zh-TW': '請在存放規劃的儲存庫中執行，或比對兩個工作區資料夾：dxplan diff 舊資料夾 新資料夾' },
  'diff.err.badRevision': { en: 'git knows no revision "{revision}"', 'zh-CN': 'git 中没有修订版本“{revision}”', 'zh-TW': 'git 中沒有修訂版本「{revision}」' },
  'diff.err.badRevision.hint': {
    en: 'give a branch, tag or commit that exists, e.g. HEAD, main or HEAD~1 (see git log); in CI, fetch the history (actions/checkout with fetch-depth: 0)',
    'zh-CN': '请给出存在的分支、标签或提交，例如 HEAD、main 或 HEAD~1（见 git log）；在 CI 中请拉取完整历史（actions/checkout 设置 fetch-depth: 0）',
    'zh-TW': '請給出存在的分支、標籤或提交，例如 HEAD、main 或 HEAD~1（見 git log）；在 CI 中請取得完整歷史（actions/checkout 設定 fetch-depth: 0）',
  },
  'diff.err.folderMissing': { en: 'revision "{revision}" has no workspace in {folder} (no dxplan.yaml there)', 'zh-CN': '修订版本“{revision}”的 {folder} 中没有工作区（那里没有 dxplan.yaml）', 'zh-TW': '修訂版本「{revision}」的 {folder} 中沒有工作區（那裡沒有 dxplan.yaml）' },
  'diff.err.folderMissing.hint': { en: 'give the workspace folder as the last argument, e.g. dxplan diff main HEAD examples/home-furnishing', 'zh-CN': '请把工作区文件夹作为最后一个参数，例如 dxplan diff main HEAD examples/home-furnishing', 'zh-TW': '請把工作區資料夾作為最後一個參數，例如 dxplan diff main HEAD examples/home-furnishing' },
  'diff.err.gitFailed': { en: 'git could not read the revision: {detail}', 'zh-CN': 'git 无法读取修订版本：{detail}', 'zh-TW': 'git 無法讀取修訂版本：{detail}' },
  'diff.err.gitFailed.hint': { en: 'run git log in the repository to see whether it is intact', 'zh-CN': '请在仓库中运行 git log，确认仓库完好', 'zh-TW': '請在儲存庫中執行 git log，確認儲存庫完好' },
  'diff.err.folderFirst': { en: '"{base}" is a folder but "{head}" is not', 'zh-CN': '“{base}”是文件夹，而“{head}”不是', 'zh-TW': '「{base}」是資料夾，而「{head}」不是' },
  'diff.err.folderFirst.hint': { en: 'give two workspace folders, or the revisions first and the workspace folder last: dxplan diff main HEAD {base}', 'zh-CN': '请给出两个工作区文件夹，或先写修订版本、最后写工作区文件夹：dxplan diff main HEAD {base}', 'zh-TW': '請給出兩個工作區資料夾，或先寫修訂版本、最後寫工作區資料夾：dxplan diff main HEAD {base}' },
});
