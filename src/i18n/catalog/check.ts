// Messages of the check area (methodology rules, scores, recommendations, `dxplan check` output), in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the check area. */
export const checkMessages = defineMessages({
  // --- value positioning ---
  'check.value.measurable': {
    en: 'The {party} core value is not measurable: its measure "{measure}" names no number, baseline or target.',
    'zh-CN': '{party}的核心价值点不可衡量：衡量方式“{measure}”没有给出任何数字、基线或目标。',
    'zh-TW': '{party}的核心價值點無法衡量：衡量方式「{measure}」沒有提出任何數字、基線或目標。',
  },
  'check.value.measurable.same': {
    en: 'The {party} core value is not measurable: its measure only repeats the statement.',
    'zh-CN': '{party}的核心价值点不可衡量：衡量方式只是把价值陈述重复了一遍。',
    'zh-TW': '{party}的核心價值點無法衡量：衡量方式只是把價值陳述重複了一遍。',
  },
  'check.value.measurable.hint': {
    en: 'Value must be intuitive and measurable: write the number that shows it is delivered, with today\'s level and the target, e.g. "repeat purchase rate, from 20% to 35%".',
    'zh-CN': '价值要直观、可衡量：写出能证明价值已交付的那个数字，包括现状和目标，例如“复购率从 20% 提升到 35%”。',
    'zh-TW': '價值要直觀、可衡量：寫出能證明價值已交付的那個數字，包括現況和目標，例如「回購率從 20% 提升到 35%」。',
  },
  'check.value.scopeFit.stable': {
    en: 'The plan says the business is not yet stable; the methodology is written for firms that already run a stable business.',
    'zh-CN': '规划注明业务尚未稳定；这套方法论针对的是已有稳定业务的企业。',
    'zh-TW': '規劃註明業務尚未穩定；這套方法論針對的是已有穩定業務的企業。',
  },
  'check.value.scopeFit.resources': {
    en: 'The plan says the business holds no resources of its own; the methodology assumes existing resources to monetise and lever.',
    'zh-CN': '规划注明企业没有自有资源；这套方法论的前提是手里已有可以变现、可以撬动的资源。',
    'zh-TW': '規劃註明企業沒有自有資源；這套方法論的前提是手上已有可以變現、可以槓桿運用的資源。',
  },
  'check.value.scopeFit.hint': {
    en: 'Validate the business first, or plan how the platform will gain its first resources before following the later stages.',
    'zh-CN': '先验证业务本身，或先规划平台如何获得第一批资源，再按后续阶段推进。',
    'zh-TW': '先驗證業務本身，或先規劃平臺如何取得第一批資源，再按後續階段推進。',
  },
  'check.value.keyResources': {
    en: 'No key resources are listed: the launch has no leverage to start from.',
    'zh-CN': '没有列出任何关键资源：平台启动时没有可借力的支点。',
    'zh-TW': '沒有列出任何關鍵資源：平臺啟動時沒有可借力的支點。',
  },
  'check.value.keyResources.hint': {
    en: 'List what the business already holds under key_resources: members, experts, channels, customer cases, industry-specific resources.',
    'zh-CN': '在 key_resources 下列出企业已有的资源：会员、专家、渠道、客户案例、行业特有资源。',
    'zh-TW': '在 key_resources 下列出企業已有的資源：會員、專家、渠道、客戶案例、產業特有資源。',
  },
  'check.value.principles': {
    en: 'The team has not agreed to these of the four big principles: {missing}.',
    'zh-CN': '团队尚未认同四大原则中的：{missing}。',
    'zh-TW': '團隊尚未認同四大原則中的：{missing}。',
  },
  'check.value.principles.hint': {
    en: 'Discuss them in the workshop and list the agreed ones under principles; they guide every later trade-off.',
    'zh-CN': '在工作坊中讨论，并把达成共识的原则写进 principles；后续的每一次取舍都以它们为准。',
    'zh-TW': '在工作坊中討論，並把達成共識的原則寫進 principles；後續的每一次取捨都以它們為準。',
  },

  // --- goal x function x role canvas ---
  'check.canvas.goalHasFunctions': {
    en: 'Goal "{goal}" ({id}) has no function: nothing on the canvas reaches it.',
    'zh-CN': '目标“{goal}”（{id}）没有任何功能：画布上没有东西能达成它。',
    'zh-TW': '目標「{goal}」（{id}）沒有任何功能：畫布上沒有東西能達成它。',
  },
  'check.canvas.goalHasFunctions.hint': {
    en: 'Add the functions needed to reach it (list "{id}" in their goals), or remove the goal.',
    'zh-CN': '补上达成该目标所需的功能（在这些功能的 goals 中写上“{id}”），或删除这个目标。',
    'zh-TW': '補上達成該目標所需的功能（在這些功能的 goals 中寫上「{id}」），或刪除這個目標。',
  },
  'check.canvas.functionServesGoal': {
    en: 'Function "{fn}" ({id}) serves no goal.',
    'zh-CN': '功能“{fn}”（{id}）不服务于任何目标。',
    'zh-TW': '功能「{fn}」（{id}）不服務任何目標。',
  },
  'check.canvas.functionServesGoal.hint': {
    en: 'Every feature must stay aligned with a platform goal: list the goals it serves, or drop it.',
    'zh-CN': '每个功能都必须对齐平台目标：写明它服务的目标，否则删掉它。',
    'zh-TW': '每個功能都必須對齊平臺目標：寫明它服務的目標，否則刪掉它。',
  },
  'check.canvas.crossingRoles': {
    en: 'The crossing of goal "{goal}" and function "{fn}" names no role.',
    'zh-CN': '目标“{goal}”与功能“{fn}”的交叉格没有写任何角色。',
    'zh-TW': '目標「{goal}」與功能「{fn}」的交叉格沒有寫任何角色。',
  },
  'check.canvas.crossingRoles.hint': {
    en: 'Name every role that takes part when this function runs, each with its activity.',
    'zh-CN': '写出该功能运行时参与的每个角色，以及各自做什么。',
    'zh-TW': '寫出該功能運作時參與的每個角色，以及各自做什麼。',
  },
  'check.canvas.crossingMissing': {
    en: 'Function "{fn}" serves goal "{goal}", but the canvas has no crossing saying which roles do what there.',
    'zh-CN': '功能“{fn}”服务于目标“{goal}”，但画布上没有对应的交叉格说明哪些角色在做什么。',
    'zh-TW': '功能「{fn}」服務目標「{goal}」，但畫布上沒有對應的交叉格說明哪些角色在做什麼。',
  },
  'check.canvas.crossingMissing.hint': {
    en: 'Add a cell with goal: {goal}, function: {fn} and its roles and activities.',
    'zh-CN': '在 cells 中新增一格：goal: {goal}，function: {fn}，并写上角色和活动。',
    'zh-TW': '在 cells 中新增一格：goal: {goal}，function: {fn}，並寫上角色和活動。',
  },
  'check.canvas.crossingNotServed': {
    en: 'There is a crossing of function "{fn}" and goal "{goal}", but the function does not list that goal.',
    'zh-CN': '功能“{fn}”与目标“{goal}”有交叉格，但该功能的 goals 中没有这个目标。',
    'zh-TW': '功能「{fn}」與目標「{goal}」有交叉格，但該功能的 goals 中沒有這個目標。',
  },
  'check.canvas.crossingNotServed.hint': {
    en: 'Add "{goal}" to the goals of function "{fn}", or remove the cell, so the canvas and the feature table agree.',
    'zh-CN': '把“{goal}”加入功能“{fn}”的 goals，或删除这一格，让画布和业务功能表保持一致。',
    'zh-TW': '把「{goal}」加入功能「{fn}」的 goals，或刪除這一格，讓畫布和業務功能表保持一致。',
  },
  'check.canvas.goalCategories': {
    en: 'Goal "{goal}" has no {missing}.',
    'zh-CN': '目标“{goal}”缺少{missing}。',
    'zh-TW': '目標「{goal}」缺少{missing}。',
  },
  'check.canvas.goalCategories.hint': {
    en: 'Scope is complete only once real operation is thought through: each goal needs business, operations and data functions.',
    'zh-CN': '只有想清楚真实运营，范围才算完整：每个目标都需要业务、运营和数据三类功能。',
    'zh-TW': '只有想清楚實際運營，範圍才算完整：每個目標都需要業務、運營和資料三類功能。',
  },
  'check.canvas.roleResponsibility': {
    en: 'Role "{role}" ({id}) has no responsibility.',
    'zh-CN': '角色“{role}”（{id}）没有写明职责。',
    'zh-TW': '角色「{role}」（{id}）沒有寫明職責。',
  },
  'check.canvas.roleResponsibility.hint': {
    en: 'Say in one sentence what this role is accountable for on the platform (responsibility).',
    'zh-CN': '用一句话写明这个角色在平台上负责什么（responsibility）。',
    'zh-TW': '用一句話寫明這個角色在平臺上負責什麼（responsibility）。',
  },
  'check.canvas.roleUnused': {
    en: 'Role "{role}" ({id}) acts in no crossing of the canvas.',
    'zh-CN': '角色“{role}”（{id}）没有出现在画布的任何交叉格中。',
    'zh-TW': '角色「{role}」（{id}）沒有出現在畫布的任何交叉格中。',
  },
  'check.canvas.roleUnused.hint': {
    en: 'Add the role to the cells where it takes part, or remove it: a role with nothing to do is a gap in the business architecture.',
    'zh-CN': '把该角色加到它参与的交叉格里，或删除它：无事可做的角色说明业务架构有缺口。',
    'zh-TW': '把該角色加到它參與的交叉格裡，或刪除它：無事可做的角色表示業務架構有缺口。',
  },

  // --- product architecture ---
  'check.architecture.moduleDimensions': {
    en: 'The product architecture has no module in: {missing}.',
    'zh-CN': '产品架构在以下维度没有任何模块：{missing}。',
    'zh-TW': '產品架構在以下維度沒有任何模組：{missing}。',
  },
  'check.architecture.moduleDimensions.hint': {
    en: 'Plan all five module dimensions, or say why one is left out under module_exemptions; without operations tooling the system is an empty shell.',
    'zh-CN': '规划全部五个模块维度，或在 module_exemptions 中说明为何不做；没有运营工具，系统就是“只能看不能用的空壳”。',
    'zh-TW': '規劃全部五個模組維度，或在 module_exemptions 中說明為何不做；沒有運營工具，系統就是「只能看不能用的空殼」。',
  },
  'check.architecture.moduleExempted': {
    en: 'The product architecture leaves out "{dimension}" modules on purpose: "{reason}"',
    'zh-CN': '有意不做“{dimension}”模块：“{reason}”',
    'zh-TW': '刻意不做「{dimension}」模組：「{reason}」',
  },
  'check.architecture.moduleExempted.hint': {
    en: 'Review this decision at each phase; operations stages that need this dimension will be flagged.',
    'zh-CN': '每期复盘时重新审视这一决定；需要该维度的运营阶段会被提示。',
    'zh-TW': '每期檢討時重新審視這一決定；需要該維度的運營階段會被提示。',
  },
  'check.architecture.staleExemption': {
    en: '"{dimension}" modules are exempted, but functions now cover them.',
    'zh-CN': '“{dimension}”模块被标记为不做，但现在已有功能属于该维度。',
    'zh-TW': '「{dimension}」模組被標記為不做，但現在已有功能屬於該維度。',
  },
  'check.architecture.staleExemption.hint': {
    en: 'Remove "{key}" from module_exemptions.',
    'zh-CN': '从 module_exemptions 中删除“{key}”。',
    'zh-TW': '從 module_exemptions 中刪除「{key}」。',
  },
  'check.architecture.configurableRationale': {
    en: 'Function "{fn}" ({id}) is designed as a configurable module without a rationale: a candidate for over-design.',
    'zh-CN': '功能“{fn}”（{id}）设计为可配置模块，却没有说明理由：可能是过度设计。',
    'zh-TW': '功能「{fn}」（{id}）設計為可配置模組，卻沒有說明理由：可能是過度設計。',
  },
  'check.architecture.configurableRationale.hint': {
    en: 'Write the rationale (e.g. new channels arrive every year), or make it bespoke; not every feature needs architecture.',
    'zh-CN': '写明理由（例如每年都会新增渠道），否则改为定制开发；并不是每个功能都需要做架构。',
    'zh-TW': '寫明理由（例如每年都會新增渠道），否則改為客製開發；並不是每個功能都需要做架構。',
  },

  // --- scope ---
  'check.scope.bigGoals': {
    en: 'Big and complete: the first phase holds {count} goals (limit {limit}).',
    'zh-CN': '大而全：一期包含 {count} 个目标（上限 {limit}）。',
    'zh-TW': '大而全：一期包含 {count} 個目標（上限 {limit}）。',
  },
  'check.scope.bigFunctions': {
    en: 'Big and complete: the first phase holds {count} functions (limit {limit}).',
    'zh-CN': '大而全：一期包含 {count} 个功能（上限 {limit}）。',
    'zh-TW': '大而全：一期包含 {count} 個功能（上限 {limit}）。',
  },
  'check.scope.big.hint': {
    en: 'Pick the best value you can deliver and start small to validate fast: move goals to a later phase. The threshold is {key} in dxplan.yaml.',
    'zh-CN': '先做最能交付的价值，小步快跑、快速验证：把部分目标移到后续阶段。阈值可在 dxplan.yaml 的 {key} 中设置。',
    'zh-TW': '先做最能交付的價值，小步快跑、快速驗證：把部分目標移到後續階段。門檻可在 dxplan.yaml 的 {key} 中設定。',
  },
  'check.scope.allAtOnce': {
    en: 'All {count} goals are in the first phase: nothing is left for a second step.',
    'zh-CN': '全部 {count} 个目标都放在一期：没有留给第二步的内容。',
    'zh-TW': '全部 {count} 個目標都放在一期：沒有留給第二步的內容。',
  },
  'check.scope.allAtOnce.hint': {
    en: 'Do not move every resource and model onto the platform at once: give later goals phase: 2.',
    'zh-CN': '不要一次把所有资源和模式都搬上平台：把后续目标设为 phase: 2。',
    'zh-TW': '不要一次把所有資源和模式都搬上平臺：把後續目標設為 phase: 2。',
  },

  // --- north star ---
  'check.northStar.noCandidates': {
    en: 'No north-star candidate is listed, so there is no north-star metric.',
    'zh-CN': '没有列出任何北极星候选指标，因此也没有北极星指标。',
    'zh-TW': '沒有列出任何北極星候選指標，因此也沒有北極星指標。',
  },
  'check.northStar.noneChosen': {
    en: 'None of the {count} candidates is chosen as the north-star metric.',
    'zh-CN': '{count} 个候选指标中没有选定北极星指标。',
    'zh-TW': '{count} 個候選指標中沒有選定北極星指標。',
  },
  'check.northStar.exactlyOne.hint': {
    en: 'The platform has exactly one most important goal, the thread through the whole project: score the candidates and set chosen.',
    'zh-CN': '平台只能有一个最重要的目标，贯穿整个项目：给候选指标打分，并填写 chosen。',
    'zh-TW': '平臺只能有一個最重要的目標，貫穿整個專案：為候選指標評分，並填寫 chosen。',
  },
  'check.northStar.bestOrReason': {
    en: 'The chosen north star "{chosen}" scores {score}, below "{best}" ({bestScore}), and no reason says why.',
    'zh-CN': '选定的北极星“{chosen}”得分 {score}，低于“{best}”（{bestScore}），且没有说明原因。',
    'zh-TW': '選定的北極星「{chosen}」得分 {score}，低於「{best}」（{bestScore}），且沒有說明原因。',
  },
  'check.northStar.bestOrReason.hint': {
    en: 'Choose the best scored candidate, or record the reason under reason.',
    'zh-CN': '改选得分最高的候选指标，或在 reason 中写明原因。',
    'zh-TW': '改選得分最高的候選指標，或在 reason 中寫明原因。',
  },
  'check.northStar.notBest': {
    en: 'The chosen north star "{chosen}" ({score}) is not the best scored; "{best}" scores {bestScore}. A reason is recorded.',
    'zh-CN': '选定的北极星“{chosen}”（{score}）不是得分最高的；“{best}”得分 {bestScore}。已记录原因。',
    'zh-TW': '選定的北極星「{chosen}」（{score}）不是得分最高的；「{best}」得分 {bestScore}。已記錄原因。',
  },
  'check.northStar.notBest.hint': {
    en: 'Revisit the choice at the next review: the reason should still hold.',
    'zh-CN': '下次复盘时重新审视这一选择，确认理由依然成立。',
    'zh-TW': '下次檢討時重新審視這一選擇，確認理由依然成立。',
  },
  'check.northStar.criteriaZero': {
    en: 'The chosen north star "{chosen}" scores 0 on "{criterion}".',
    'zh-CN': '选定的北极星“{chosen}”在“{criterion}”上得 0 分。',
    'zh-TW': '選定的北極星「{chosen}」在「{criterion}」上得 0 分。',
  },
  'check.northStar.criteriaZero.hint': {
    en: 'A business platform\'s north star rests on real business value: pick a metric with direct and indirect value, or rethink the score.',
    'zh-CN': '业务平台的北极星要建立在真实的业务价值上：选择兼具直接和间接价值的指标，或重新评估分数。',
    'zh-TW': '業務平臺的北極星要建立在真實的業務價值上：選擇兼具直接和間接價值的指標，或重新評估分數。',
  },
  'check.northStar.coldStart': {
    en: 'The cold-start goals lack {what}.',
    'zh-CN': '冷启动目标缺少{what}。',
    'zh-TW': '冷啟動目標缺少{what}。',
  },
  'check.northStar.coldStart.growth': { en: 'the user-growth target', 'zh-CN': '用户增长目标', 'zh-TW': '用戶增長目標' },
  'check.northStar.coldStart.effective': { en: 'the definition of an effective user', 'zh-CN': '有效用户的定义', 'zh-TW': '有效用戶的定義' },
  'check.northStar.coldStart.loyal': { en: 'the definition of a loyal user', 'zh-CN': '忠诚用户的定义', 'zh-TW': '忠誠用戶的定義' },
  'check.northStar.coldStart.data': {
    en: 'the data dimensions that show whether the business works',
    'zh-CN': '判断业务是否跑通的数据维度',
    'zh-TW': '判斷業務是否跑通的資料維度',
  },
  'check.northStar.coldStart.hint': {
    en: 'Plan the cold-start key goals during planning, not after launch: growth target, effective and loyal user definitions, data dimensions.',
    'zh-CN': '冷启动关键目标要在规划阶段定下来，而不是上线之后：增长目标、有效用户和忠诚用户的定义、数据维度。',
    'zh-TW': '冷啟動關鍵目標要在規劃階段定下來，而不是上線之後：增長目標、有效用戶和忠誠用戶的定義、資料維度。',
  },
  'check.northStar.noInputs': {
    en: 'No input metric drives the chosen north star "{chosen}".',
    'zh-CN': '没有任何输入指标驱动选定的北极星“{chosen}”。',
    'zh-TW': '沒有任何輸入指標驅動選定的北極星「{chosen}」。',
  },
  'check.northStar.inputElsewhere': {
    en: 'Input metric "{input}" drives "{drives}", not the chosen north star "{chosen}".',
    'zh-CN': '输入指标“{input}”驱动的是“{drives}”，而不是选定的北极星“{chosen}”。',
    'zh-TW': '輸入指標「{input}」驅動的是「{drives}」，而不是選定的北極星「{chosen}」。',
  },
  'check.northStar.inputs.hint': {
    en: 'Break the north star into 3-5 inputs the team can move (breadth, depth, frequency, efficiency), each with drives set to the chosen metric.',
    'zh-CN': '把北极星拆成 3–5 个团队能直接推动的输入指标（广度、深度、频次、效率），drives 都指向选定的指标。',
    'zh-TW': '把北極星拆成 3–5 個團隊能直接推動的輸入指標（廣度、深度、頻次、效率），drives 都指向選定的指標。',
  },

  // --- assessment ---
  'check.assessment.facetScored': {
    en: 'Not scored against the {model}: {missing}.',
    'zh-CN': '以下{model}维度尚未评分：{missing}。',
    'zh-TW': '以下{model}維度尚未評分：{missing}。',
  },
  'check.assessment.facetScored.hint': {
    en: 'Add current and target levels under facets for: {ids}.',
    'zh-CN': '在 facets 下为这些维度补上 current 和 target：{ids}。',
    'zh-TW': '在 facets 下為這些維度補上 current 和 target：{ids}。',
  },
  'check.assessment.targetBelowCurrent': {
    en: '{facet}: the target level {target} is below the current level {current}.',
    'zh-CN': '{facet}：目标等级 {target} 低于当前等级 {current}。',
    'zh-TW': '{facet}：目標等級 {target} 低於目前等級 {current}。',
  },
  'check.assessment.targetBelowCurrent.hint': {
    en: 'A plan should not go backwards: set the target at least to the current level.',
    'zh-CN': '规划不应倒退：目标至少要等于当前等级。',
    'zh-TW': '規劃不應倒退：目標至少要等於目前等級。',
  },
  'check.assessment.dataBehindSystem': {
    en: '{data} is at level {dataLevel} while {system} is at {systemLevel}: systems are in place but data is not harvested.',
    'zh-CN': '{data}只有 {dataLevel} 级，而{system}已达 {systemLevel} 级：系统建起来了，数据却没有采集起来。',
    'zh-TW': '{data}只有 {dataLevel} 級，而{system}已達 {systemLevel} 級：系統建起來了，資料卻沒有採集起來。',
  },
  'check.assessment.dataBehindSystem.hint': {
    en: 'Data is the foundation: put conversion hooks and source tracking on the systems you already have before buying more.',
    'zh-CN': '数据是地基：先在现有系统上加上转化钩子和来源追踪，再考虑采购新系统。',
    'zh-TW': '資料是地基：先在現有系統上加上轉化鉤子和來源追蹤，再考慮採購新系統。',
  },
  'check.assessment.evidence': {
    en: '{facet} is scored without evidence.',
    'zh-CN': '{facet}的评分没有任何证据支撑。',
    'zh-TW': '{facet}的評分沒有任何佐證支撐。',
  },
  'check.assessment.evidence.hint': {
    en: 'Add an evidence entry listing "{id}" under facets, so the score can be checked at the next review.',
    'zh-CN': '新增一条 evidence，并在其 facets 中写上“{id}”，便于下次复盘时核对评分。',
    'zh-TW': '新增一條 evidence，並在其 facets 中寫上「{id}」，方便下次檢討時核對評分。',
  },

  // --- delivery ---
  'check.delivery.kickoffAudiences': {
    en: 'The kickoff does not address: {missing}.',
    'zh-CN': '启动会没有覆盖：{missing}。',
    'zh-TW': '啟動會沒有涵蓋：{missing}。',
  },
  'check.delivery.kickoffAudiences.hint': {
    en: 'The kickoff is not a formality: participants, the sponsor and the executing team each need their own message.',
    'zh-CN': '启动会不是走过场：参与者、发起人和执行团队各自需要听到不同的内容。',
    'zh-TW': '啟動會不是走過場：參與者、發起人和執行團隊各自需要聽到不同的內容。',
  },
  'check.delivery.documents': {
    en: 'Delivery documents not planned ({count}): {missing}.',
    'zh-CN': '有 {count} 份交付文档未列入计划：{missing}。',
    'zh-TW': '有 {count} 份交付文件未列入計畫：{missing}。',
  },
  'check.delivery.documents.hint': {
    en: 'Deployment hands over every project document; list them under documents.',
    'zh-CN': '部署交付时要移交全部项目文档；请在 documents 中列出。',
    'zh-TW': '部署交付時要移交全部專案文件；請在 documents 中列出。',
  },
  'check.delivery.noTraining': {
    en: 'No training is planned.',
    'zh-CN': '没有规划任何培训。',
    'zh-TW': '沒有規劃任何培訓。',
  },
  'check.delivery.trainingFunctions': {
    en: 'Training for "{department}" names no function.',
    'zh-CN': '“{department}”的培训没有写明涉及哪些功能。',
    'zh-TW': '「{department}」的培訓沒有寫明涉及哪些功能。',
  },
  'check.delivery.trainingFollowUp': {
    en: 'Training for "{department}" has no {missing}.',
    'zh-CN': '“{department}”的培训缺少{missing}。',
    'zh-TW': '「{department}」的培訓缺少{missing}。',
  },
  'check.delivery.exam': { en: 'exam', 'zh-CN': '考试', 'zh-TW': '考試' },
  'check.delivery.assignment': { en: 'hands-on assignment', 'zh-CN': '实操作业', 'zh-TW': '實作作業' },
  'check.delivery.training.hint': {
    en: 'Plan training by department and by function, in paced rounds, ending with an exam and a hands-on assignment agreed with the business head.',
    'zh-CN': '按部门、按功能、分轮次规划培训，最后安排与业务负责人商定的考试和实操作业。',
    'zh-TW': '按部門、按功能、分輪次規劃培訓，最後安排與業務主管商定的考試和實作作業。',
  },
  'check.delivery.trainingCoverage': {
    en: 'First-phase functions that internal staff work in, but no training covers ({count}): {functions}.',
    'zh-CN': '有 {count} 个一期功能由内部员工使用，却不在任何培训中：{functions}。',
    'zh-TW': '有 {count} 個一期功能由內部員工使用，卻不在任何培訓中：{functions}。',
  },
  'check.delivery.trainingCoverage.hint': {
    en: 'Add them to the training of the departments whose internal roles act in them ({file} cells).',
    'zh-CN': '把它们加到相应部门的培训中（参照 {file} 中内部角色参与的交叉格）。',
    'zh-TW': '把它們加到相應部門的培訓中（參照 {file} 中內部角色參與的交叉格）。',
  },

  // --- tuning ---
  'check.delivery.tuningClassified': {
    en: 'Tuning ticket {ticket} is not classified as a requirement change or an optimisation.',
    'zh-CN': '调优工单{ticket}没有归类为需求变更还是优化。',
    'zh-TW': '調優工單{ticket}沒有歸類為需求變更還是優化。',
  },
  'check.delivery.tuningClassified.hint': {
    en: 'Some tuning after launch is fine, but cap it and separate requirement changes from optimisations to control delivery risk: set type: change or type: optimisation.',
    'zh-CN': '上线初期有些调优是正常的，但要设上限，并把需求变更和优化分开，以控制交付风险：请设置 type: change 或 type: optimisation。',
    'zh-TW': '上線初期有些調優是正常的，但要設上限，並把需求變更和優化分開，以控制交付風險：請設定 type: change 或 type: optimisation。',
  },

  // --- data projects ---
  'check.data.projectComplete': {
    en: 'Data project {project} does not state its {missing}.',
    'zh-CN': '数据项目{project}没有写明{missing}。',
    'zh-TW': '資料專案{project}沒有寫明{missing}。',
  },
  'check.data.scenario': { en: 'usage scenario', 'zh-CN': '使用场景', 'zh-TW': '使用情境' },
  'check.data.dimensions': { en: 'display dimensions', 'zh-CN': '展示维度', 'zh-TW': '呈現維度' },
  'check.data.definitions': { en: 'data definitions', 'zh-CN': '数据口径', 'zh-TW': '資料口徑' },
  'check.data.specialCases': { en: 'special cases', 'zh-CN': '特殊情况说明', 'zh-TW': '特殊情況說明' },
  'check.data.accuracy': { en: 'accuracy (absolute or relative)', 'zh-CN': '精度要求（绝对或相对）', 'zh-TW': '精度要求（絕對或相對）' },
  'check.data.projectComplete.hint': {
    en: 'Settle the usage scenario, display dimensions, data definitions and special cases of any data project before it is built, and say whether relative accuracy is enough (trends) or absolute accuracy is needed.',
    'zh-CN': '任何数据项目在开发前都要先确定使用场景、展示维度、数据口径和特殊情况说明，并说明相对精度是否足够（看趋势），还是需要绝对精度。',
    'zh-TW': '任何資料專案在開發前都要先確定使用情境、呈現維度、資料口徑和特殊情況說明，並說明相對精度是否足夠（看趨勢），還是需要絕對精度。',
  },
  'check.data.financeAbsolute': {
    en: 'Data project {project} is finance-linked, but its accuracy is {accuracy}: finance-linked figures must be absolute.',
    'zh-CN': '数据项目{project}与财务挂钩，但精度要求是{accuracy}：与财务挂钩的数字必须绝对准确。',
    'zh-TW': '資料專案{project}與財務掛鉤，但精度要求是{accuracy}：與財務掛鉤的數字必須絕對準確。',
  },
  'check.data.accuracyUnstated': { en: 'not stated', 'zh-CN': '未写明', 'zh-TW': '未寫明' },
  'check.data.financeAbsolute.hint': {
    en: 'Premium statistics, sales performance and KPI assessment feed pay and accounts, so they need absolute accuracy; relative accuracy is only enough for trends. Set accuracy: absolute, or finance_linked: false if it does not feed finance.',
    'zh-CN': '保费统计、销售业绩和 KPI 考核关系到薪酬和账目，必须绝对准确；相对准确只适用于看趋势。请设置 accuracy: absolute；若不涉及财务，请设置 finance_linked: false。',
    'zh-TW': '保費統計、銷售業績和 KPI 考核關係到薪酬和帳目，必須絕對準確；相對準確只適用於看趨勢。請設定 accuracy: absolute；若不涉及財務，請設定 finance_linked: false。',
  },

  // --- solution validation ---
  'check.validation.tooFewOptions': {
    en: 'Key page {page} has {count} option(s); offer the client two or three to choose from.',
    'zh-CN': '关键页面{page}只有 {count} 个方案；请给客户两到三个方案来选择。',
    'zh-TW': '關鍵頁面{page}只有 {count} 個方案；請給客戶兩到三個方案來選擇。',
  },
  'check.validation.tooManyOptions': {
    en: 'Key page {page} has {count} options; show at most three, or the client will not choose.',
    'zh-CN': '关键页面{page}有 {count} 个方案；最多给三个，否则客户难以做出选择。',
    'zh-TW': '關鍵頁面{page}有 {count} 個方案；最多給三個，否則客戶難以做出選擇。',
  },
  'check.validation.optionValues': {
    en: 'Option "{option}" of key page {page} does not state its {missing}.',
    'zh-CN': '关键页面{page}的方案“{option}”没有写明{missing}。',
    'zh-TW': '關鍵頁面{page}的方案「{option}」沒有寫明{missing}。',
  },
  'check.validation.userValue': { en: 'user value', 'zh-CN': '用户价值', 'zh-TW': '使用者價值' },
  'check.validation.businessValue': { en: 'business value', 'zh-CN': '业务价值', 'zh-TW': '業務價值' },
  'check.validation.platformValue': { en: 'platform value', 'zh-CN': '平台价值', 'zh-TW': '平臺價值' },
  'check.validation.keyPageOptions.hint': {
    en: 'Offer A/B options (up to three) for key pages only, explain each in terms of user, business and platform value, cite how competitors do it, and recommend one when needed: clients are often afraid to choose.',
    'zh-CN': '只对关键页面提供 A/B 方案（最多三个），每个方案都从用户价值、业务价值和平台价值三方面说明，引用竞品的做法，必要时给出推荐：客户往往不敢做选择。',
    'zh-TW': '只對關鍵頁面提供 A/B 方案（最多三個），每個方案都從使用者價值、業務價值和平臺價值三方面說明，引用競品的做法，必要時給出推薦：客戶往往不敢做選擇。',
  },

  // --- systems ---
  'check.systems.noMember': {
    en: 'Marketing tool {system} has no member system to integrate with, so the data it collects stays scattered.',
    'zh-CN': '营销工具{system}没有可对接的会员系统，它收集的数据只能分散在各处。',
    'zh-TW': '行銷工具{system}沒有可串接的會員系統，它收集的資料只能分散在各處。',
  },
  'check.systems.notIntegrated': {
    en: 'Marketing tool {system} does not integrate with the member system: {members}.',
    'zh-CN': '营销工具{system}没有与会员系统对接：{members}。',
    'zh-TW': '行銷工具{system}沒有與會員系統串接：{members}。',
  },
  'check.systems.marketingMember.hint': {
    en: 'Marketing tools (mini-games, red packets, group-buy, friend invites) must be integrated with the member system, or data stays fragmented. List the member system under integrates_with (on either system), or add a member system.',
    'zh-CN': '营销工具（小游戏、红包、拼团、邀请好友）必须与会员系统打通，否则数据依然是割裂的。请在任一方的 integrates_with 中写上对方，或补充一个会员系统。',
    'zh-TW': '行銷工具（小遊戲、紅包、團購、邀請好友）必須與會員系統打通，否則資料依然是割裂的。請在任一方的 integrates_with 中寫上對方，或補充一個會員系統。',
  },

  'check.systems.customWhenSmall': {
    en: '{system} is custom-built, but a small company starts with standard SaaS, and no reason is recorded.',
    'zh-CN': '{system}选择了定制开发，但小企业应先用标准化 SaaS，且没有记录理由。',
    'zh-TW': '{system}選擇了客製開發，但小企業應先用標準化 SaaS，且沒有記錄理由。',
  },
  'check.systems.saasWhenLarge': {
    en: '{system} is standard SaaS, but a large company goes for custom systems where data privacy and integration matter, and no reason is recorded.',
    'zh-CN': '{system}选择了标准化 SaaS，但大企业在看重数据隐私和系统对接时应选择定制，且没有记录理由。',
    'zh-TW': '{system}選擇了標準化 SaaS，但大企業在重視資料隱私和系統對接時應選擇客製，且沒有記錄理由。',
  },
  'check.systems.choiceFitsSize.hint': {
    en: 'Say why under choice.reasons (privacy, integration, custom_needs, budget) and choice.note, or reconsider the choice.',
    'zh-CN': '请在 choice.reasons（privacy、integration、custom_needs、budget）和 choice.note 中写明理由，或重新考虑这一选择。',
    'zh-TW': '請在 choice.reasons（privacy、integration、custom_needs、budget）和 choice.note 中寫明理由，或重新考慮這一選擇。',
  },
  // --- the data-project spec sheet of the launch-plan document ---
  // Document text, kept next to the data-project rules it mirrors; it could move to build.ts.

  // --- the starter plan: init's placeholders ---
  'check.plan.placeholder': {
    en: '{field} still holds the starter text of dxplan init: "{text}".',
    'zh-CN': '{field} 仍是 dxplan init 写入的示例文字：“{text}”。',
    'zh-TW': '{field} 仍是 dxplan init 寫入的範例文字：「{text}」。',
  },
  'check.plan.placeholder.hint': {
    en: 'A starter plan is not a plan: write your own answer here (or run dxplan interview), or delete the entry if it does not apply.',
    'zh-CN': '示例规划不是规划：在这里写上你们自己的答案（或运行 dxplan interview），不适用的条目请直接删除。',
    'zh-TW': '範例規劃不是規劃：在這裡寫上你們自己的答案（或執行 dxplan interview），不適用的項目請直接刪除。',
  },

  // --- capability areas and architecture dimensions ---
  'check.capability.areasRecorded': {
    en: 'The plan does not say where it stands on {count} of the six capability areas: {missing}.',
    'zh-CN': '规划没有说明六大能力板块中 {count} 个板块的现状：{missing}。',
    'zh-TW': '規劃沒有說明六大能力板塊中 {count} 個板塊的現況：{missing}。',
  },
  'check.capability.areasNone': {
    en: 'The plan does not record where it stands on the six capability areas.',
    'zh-CN': '规划没有记录六大能力板块各自的现状。',
    'zh-TW': '規劃沒有記錄六大能力板塊各自的現況。',
  },
  'check.capability.areasRecorded.hint': {
    en: 'Under capability_areas, give each area its status (in_place, planned, later or out_of_scope) and the functions and systems that serve it, so the solution covers the whole business and not a pile of features.',
    'zh-CN': '在 capability_areas 下为每个板块写明状态（in_place、planned、later 或 out_of_scope）以及支撑它的功能和系统，让方案覆盖整个业务，而不是一堆功能。',
    'zh-TW': '在 capability_areas 下為每個板塊寫明狀態（in_place、planned、later 或 out_of_scope）以及支撐它的功能和系統，讓方案涵蓋整個業務，而不是一堆功能。',
  },
  'check.capability.areaServed': {
    en: '{area} is in scope, but no function or system serves it.',
    'zh-CN': '{area}在规划范围内，却没有任何功能或系统支撑它。',
    'zh-TW': '{area}在規劃範圍內，卻沒有任何功能或系統支撐它。',
  },
  'check.capability.areaServed.hint': {
    en: 'List the functions (functions) and systems (systems) that deliver this area, or set its status to later or out_of_scope: a capability with nothing behind it is a name, not a solution.',
    'zh-CN': '写出实现这个板块的功能（functions）和系统（systems），或把状态改为 later 或 out_of_scope：背后什么都没有的能力只是一个名字，不是方案。',
    'zh-TW': '寫出實現這個板塊的功能（functions）和系統（systems），或把狀態改為 later 或 out_of_scope：背後什麼都沒有的能力只是一個名字，不是方案。',
  },
  'check.capability.minimumRequirements': {
    en: '{area} is in scope but does not cover these of its minimum requirements: {missing}.',
    'zh-CN': '{area}在规划范围内，但没有覆盖以下最低要求：{missing}。',
    'zh-TW': '{area}在規劃範圍內，但沒有涵蓋以下最低要求：{missing}。',
  },
  'check.capability.minimumRequirements.hint': {
    en: 'Plan how the area meets each one and list it under capability_areas.{area}.requirements; dxplan explain capability/minimum-requirements lists every area\'s requirements.',
    'zh-CN': '规划好这个板块如何满足每一项，并写进 capability_areas.{area}.requirements；运行 dxplan explain capability/minimum-requirements 可查看各板块的全部要求。',
    'zh-TW': '規劃好這個板塊如何滿足每一項，並寫進 capability_areas.{area}.requirements；執行 dxplan explain capability/minimum-requirements 可查看各板塊的全部要求。',
  },
  'check.dimensions.recorded': {
    en: 'The plan does not say where it stands on {count} of the four architecture dimensions: {missing}.',
    'zh-CN': '规划没有说明四大架构维度中 {count} 个维度的现状：{missing}。',
    'zh-TW': '規劃沒有說明四大架構維度中 {count} 個維度的現況：{missing}。',
  },
  'check.dimensions.none': {
    en: 'The plan does not record where it stands on the four architecture dimensions.',
    'zh-CN': '规划没有记录四大架构维度各自的现状。',
    'zh-TW': '規劃沒有記錄四大架構維度各自的現況。',
  },
  'check.dimensions.recorded.hint': {
    en: 'Under architecture_dimensions, give strategy, organisation, operations_system and digital_tools a status and a note: tools only pay off in service of the other three.',
    'zh-CN': '在 architecture_dimensions 下为 strategy、organisation、operations_system 和 digital_tools 写明状态和说明：数字化工具只有服务于另外三个维度才有价值。',
    'zh-TW': '在 architecture_dimensions 下為 strategy、organisation、operations_system 和 digital_tools 寫明狀態和說明：數字化工具只有服務於另外三個維度才有價值。',
  },
  'check.dimensions.toolsServeStrategy': {
    en: 'Digital tools are planned, but not {missing}: tools without them become a pile of features.',
    'zh-CN': '规划了数字化工具，却没有规划{missing}：缺了这些，工具就会变成一堆功能。',
    'zh-TW': '規劃了數字化工具，卻沒有規劃{missing}：缺了這些，工具就會變成一堆功能。',
  },
  'check.dimensions.toolsServeStrategy.hint': {
    en: 'Say how strategy (direction and resolve), organisation (efficiency) and the operations system (capability) are settled, and set them in_place or planned; the tools serve them.',
    'zh-CN': '说明战略（方向和决心）、组织（效率）和运营体系（能力）如何落实，并把它们设为 in_place 或 planned；工具是为它们服务的。',
    'zh-TW': '說明戰略（方向和決心）、組織（效率）和運營體系（能力）如何落實，並把它們設為 in_place 或 planned；工具是為它們服務的。',
  },

  // --- delivery choices: requirement types and the risk register ---
  'check.delivery.requirementOwner': {
    en: 'Nobody is named to confirm the requirements of key module {module} ({type}).',
    'zh-CN': '关键模块 {module}（{type}）的需求没有指定确认人。',
    'zh-TW': '關鍵模組 {module}（{type}）的需求沒有指定確認人。',
  },
  'check.delivery.requirementOwner.hint.business': {
    en: 'Business-flow-heavy modules are confirmed with the head of the business: set confirmed_by, or name owners.business_lead.',
    'zh-CN': '业务流程重的模块要和业务负责人确认：填写 confirmed_by，或写明 owners.business_lead。',
    'zh-TW': '業務流程重的模組要和業務負責人確認：填寫 confirmed_by，或寫明 owners.business_lead。',
  },
  'check.delivery.requirementOwner.hint.experience': {
    en: 'Experience-oriented modules are confirmed with the project owner: set confirmed_by, or name owners.project_lead.',
    'zh-CN': '体验导向的模块要和项目负责人确认：填写 confirmed_by，或写明 owners.project_lead。',
    'zh-TW': '體驗導向的模組要和專案負責人確認：填寫 confirmed_by，或寫明 owners.project_lead。',
  },
  'check.delivery.requirementSameOwner': {
    en: '{owner} confirms both business-flow-heavy and experience-oriented modules ({count} key modules).',
    'zh-CN': '{owner} 同时确认业务流程重和体验导向两类模块（共 {count} 个关键模块）。',
    'zh-TW': '{owner} 同時確認業務流程重和體驗導向兩類模組（共 {count} 個關鍵模組）。',
  },
  'check.delivery.requirementSameOwner.hint': {
    en: 'Each type is confirmed with a different owner: business flows with the business head, experience with the project owner. Change confirmed_by of one kind.',
    'zh-CN': '两类需求要由不同的人确认：业务流程找业务负责人，体验找项目负责人。请修改其中一类的 confirmed_by。',
    'zh-TW': '兩類需求要由不同的人確認：業務流程找業務負責人，體驗找專案負責人。請修改其中一類的 confirmed_by。',
  },
  'check.delivery.riskRegister': {
    en: 'The launch plan keeps no delivery risk register.',
    'zh-CN': '上线计划没有交付风险清单。',
    'zh-TW': '上線計畫沒有交付風險清單。',
  },
  'check.delivery.riskKinds': {
    en: 'The risk register has no risk of these kinds: {missing}.',
    'zh-CN': '风险清单中没有以下类型的风险：{missing}。',
    'zh-TW': '風險清單中沒有以下類型的風險：{missing}。',
  },
  'check.delivery.riskRegister.hint': {
    en: 'Under delivery_risks.register, list the requirement-change, staffing and institutional-blocker risks with an owner each, and review them at the weekly plan sync.',
    'zh-CN': '在 delivery_risks.register 下列出需求变更、人员和制度障碍三类风险，各自指定负责人，并在每周的计划同步会上检查。',
    'zh-TW': '在 delivery_risks.register 下列出需求變更、人員和制度障礙三類風險，各自指定負責人，並在每週的計畫同步會上檢查。',
  },
  'check.delivery.riskOwner': {
    en: 'Open delivery risk "{risk}" has no owner.',
    'zh-CN': '尚未解决的交付风险“{risk}”没有负责人。',
    'zh-TW': '尚未解決的交付風險「{risk}」沒有負責人。',
  },
  'check.delivery.riskOwner.hint': {
    en: 'Name who resolves it (owner): the weekly sync resolves risks at once, and a risk nobody owns waits.',
    'zh-CN': '写明由谁解决（owner）：每周同步会要当场解决风险，没人负责的风险只会一直拖着。',
    'zh-TW': '寫明由誰解決（owner）：每週同步會要當場解決風險，沒人負責的風險只會一直拖著。',
  },
  'ref.areaRequirement': {
    en: '"{requirement}" is not a minimum requirement of the {area} capability area',
    'zh-CN': '“{requirement}”不是 {area} 能力板块的最低要求',
    'zh-TW': '「{requirement}」不是 {area} 能力板塊的最低要求',
  },
  'ref.areaRequirement.hint.suggest': {
    en: 'did you mean "{suggestion}"? each area lists only its own requirements',
    'zh-CN': '您是不是想写 "{suggestion}"？每个板块只能列出自己的要求',
    'zh-TW': '您是不是想寫 "{suggestion}"？每個板塊只能列出自己的要求',
  },
  'ref.areaRequirement.hint': {
    en: 'this area\'s requirements are: {known}',
    'zh-CN': '这个板块的要求有：{known}',
    'zh-TW': '這個板塊的要求有：{known}',
  },
  'term.delivery_risk': { en: 'delivery risk', 'zh-CN': '交付风险', 'zh-TW': '交付風險' },

  // --- terms and references of the optional additions to the format ---
  'ref.unknownOption': {
    en: 'the recommended option "{name}" is not one of the options of key page "{page}"',
    'zh-CN': '推荐方案 "{name}" 不在关键页面 "{page}" 的方案之中',
    'zh-TW': '推薦方案 "{name}" 不在關鍵頁面 "{page}" 的方案之中',
  },
  'ref.unknownOption.hint.suggest': {
    en: 'did you mean "{suggestion}"? recommended names one of the page\'s options',
    'zh-CN': '您是不是想写 "{suggestion}"？recommended 应填写该页面某个方案的名称',
    'zh-TW': '您是不是想寫 "{suggestion}"？recommended 應填寫該頁面某個方案的名稱',
  },
  'ref.unknownOption.hint': {
    en: 'recommended names one of the page\'s options: {known}',
    'zh-CN': 'recommended 应填写该页面某个方案的名称：{known}',
    'zh-TW': 'recommended 應填寫該頁面某個方案的名稱：{known}',
  },

  // --- operations ---
  'check.ops.stagesPlanned': {
    en: 'No operations stage is planned after launch.',
    'zh-CN': '没有规划上线后的任何运营阶段。',
    'zh-TW': '沒有規劃上線後的任何運營階段。',
  },
  'check.ops.stagesPlanned.hint': {
    en: 'A launched system without operations is an empty shell: plan the stages, starting with resource-side growth.',
    'zh-CN': '没有运营的上线系统只是空壳：请规划运营阶段，从资源方增长开始。',
    'zh-TW': '沒有運營的上線系統只是空殼：請規劃運營階段，從資源方增長開始。',
  },
  'check.ops.resourceFirst': {
    en: 'The operations stages do not start with "{stage}".',
    'zh-CN': '运营阶段没有从“{stage}”开始。',
    'zh-TW': '運營階段沒有從「{stage}」開始。',
  },
  'check.ops.stageOrder': {
    en: 'The stage "{stage}" is planned after "{after}", against the methodology\'s order.',
    'zh-CN': '“{stage}”阶段被安排在“{after}”之后，与方法论的顺序相反。',
    'zh-TW': '「{stage}」階段被安排在「{after}」之後，與方法論的順序相反。',
  },
  'check.ops.stageOrder.hint': {
    en: 'Resource-side growth first, demand-side activation in parallel, then transaction growth, ROI optimisation and the ecosystem; getting the sequence wrong misses the window.',
    'zh-CN': '先做资源方增长，同时激活需求方，再做成交增长、投入产出比优化和生态；节奏和顺序错了就会错过窗口期。',
    'zh-TW': '先做資源方增長，同時活化需求方，再做成交增長、投入產出比優化和生態；節奏和順序錯了就會錯過窗口期。',
  },
  'check.ops.frontlineIncentive': {
    en: 'Resource-side growth is planned, but no function rewards frontline staff.',
    'zh-CN': '规划了资源方增长，却没有任何激励一线人员的功能。',
    'zh-TW': '規劃了資源方增長，卻沒有任何激勵一線人員的功能。',
  },
  'check.ops.frontlineIncentive.hint': {
    en: 'Frontline and sales staff bring resource parties on board; without a staff-incentive structure the cold start stalls. Mark such a function frontline_incentive: true in {file}.',
    'zh-CN': '一线和销售人员负责把资源方带上平台；没有员工激励机制，冷启动就会停滞。请在 {file} 中为相应功能设置 frontline_incentive: true。',
    'zh-TW': '一線和業務人員負責把資源方帶上平臺；沒有員工激勵機制，冷啟動就會停滯。請在 {file} 中為相應功能設定 frontline_incentive: true。',
  },
  'check.ops.demandModules': {
    en: 'Demand-side activation is planned, but the product architecture has no {missing} module.',
    'zh-CN': '规划了做活跃（需求方增长）阶段，但产品架构中没有{missing}模块。',
    'zh-TW': '規劃了做活躍（需求方增長）階段，但產品架構中沒有{missing}模組。',
  },
  'check.ops.demandModules.hint': {
    en: 'dxplan\'s heuristic, not a gate of the methodology: activating users with private-domain tactics needs operations tooling, and a system without it is "an empty shell". Add an operations-node module in {file}, or turn this rule off in dxplan.yaml.',
    'zh-CN': '这是 dxplan 自己的经验规则，不是方法论规定的进入条件：用私域手段激活需求方需要运营工具，没有运营工具的系统只是“空壳”。请在 {file} 中补上运营节点模块，或在 dxplan.yaml 中关闭此规则。',
    'zh-TW': '這是 dxplan 自己的經驗規則，不是方法論規定的進入條件：用私域手段活化需求方需要運營工具，沒有運營工具的系統只是「空殼」。請在 {file} 中補上運營節點模組，或在 dxplan.yaml 中關閉此規則。',
  },
  'check.ops.transactionModules': {
    en: 'Transaction growth is planned, but the product architecture has no {missing} module.',
    'zh-CN': '规划了成交增长，但产品架构中没有{missing}模块。',
    'zh-TW': '規劃了成交增長，但產品架構中沒有{missing}模組。',
  },
  'check.ops.transactionModules.hint': {
    en: 'Transaction growth relies on monetisation modules, and content modules let both sides run content operations; missing either leads to a growth bottleneck. Add them in {file}.',
    'zh-CN': '成交增长依赖变现模块，内容模块则让供需双方都能做内容运营；缺了任何一个都会遇到增长瓶颈。请在 {file} 中补上。',
    'zh-TW': '成交增長依賴變現模組，內容模組則讓供需雙方都能做內容運營；缺了任何一個都會遇到增長瓶頸。請在 {file} 中補上。',
  },
  'check.ops.roiModules': {
    en: 'ROI optimisation is planned, but the product architecture has no {missing} module.',
    'zh-CN': '规划了投入产出比优化，但产品架构中没有{missing}模块。',
    'zh-TW': '規劃了投入產出比優化，但產品架構中沒有{missing}模組。',
  },
  'check.ops.roiModules.hint': {
    en: 'ROI optimisation is data analysis plus resource input, supported by data-dimension modules. Add them in {file}.',
    'zh-CN': '投入产出比优化依靠数据分析加资源投入，需要数据维度模块支撑。请在 {file} 中补上。',
    'zh-TW': '投入產出比優化依靠資料分析加資源投入，需要資料維度模組支撐。請在 {file} 中補上。',
  },
  'check.ops.ecosystemModules': {
    en: 'The ecosystem stage is planned, but the product architecture has no {missing} module.',
    'zh-CN': '规划了做生态阶段，但产品架构中没有{missing}模块。',
    'zh-TW': '規劃了做生態階段，但產品架構中沒有{missing}模組。',
  },
  'check.ops.ecosystemModules.hint': {
    en: 'dxplan\'s heuristic, not a gate of the methodology: bringing in more resource parties builds on accumulated data and a working monetisation model. Add them in {file}, or turn this rule off in dxplan.yaml.',
    'zh-CN': '这是 dxplan 自己的经验规则，不是方法论规定的进入条件：引入更多资源方，要建立在已沉淀的数据和跑通的变现模式之上。请在 {file} 中补上，或在 dxplan.yaml 中关闭此规则。',
    'zh-TW': '這是 dxplan 自己的經驗規則，不是方法論規定的進入條件：引入更多資源方，要建立在已沉澱的資料和跑通的變現模式之上。請在 {file} 中補上，或在 dxplan.yaml 中關閉此規則。',
  },
  'check.ops.exemptedNote': {
    en: 'The business architecture exempts "{dimension}" modules: "{reason}"',
    'zh-CN': '业务架构已注明不做“{dimension}”模块：“{reason}”',
    'zh-TW': '業務架構已註明不做「{dimension}」模組：「{reason}」',
  },
  'check.pitfall.staffIncentive': {
    en: 'No function rewards frontline staff: the platform has no staff-incentive structure.',
    'zh-CN': '没有任何激励一线人员的功能：平台缺少员工激励机制。',
    'zh-TW': '沒有任何激勵一線人員的功能：平臺缺少員工激勵機制。',
  },
  'check.pitfall.staffIncentive.hint': {
    en: 'Ignoring frontline execution is one of the three pitfalls: give frontline staff a reason to use the platform and mark that function frontline_incentive: true.',
    'zh-CN': '忽视一线执行是三大误区之一：给一线人员使用平台的动力，并为该功能设置 frontline_incentive: true。',
    'zh-TW': '忽視一線執行是三大誤區之一：給一線人員使用平臺的動力，並為該功能設定 frontline_incentive: true。',
  },

  'check.pitfall.frontlineRoles': {
    en: 'No internal role acts anywhere on the canvas: the plan designs the outward flow but not frontline execution.',
    'zh-CN': '画布上没有任何内部角色参与：规划只设计了对外的流程，没有考虑一线执行。',
    'zh-TW': '畫布上沒有任何內部角色參與：規劃只設計了對外的流程，沒有考慮一線執行。',
  },
  'check.pitfall.frontlineRoles.hint': {
    en: 'Ignoring frontline execution is one of the three pitfalls: add the staff who run each function (kind: internal) to the crossings where they act.',
    'zh-CN': '忽视一线执行是三大误区之一：把负责运转各功能的员工（kind: internal）加到他们参与的交叉格中。',
    'zh-TW': '忽視一線執行是三大誤區之一：把負責運作各功能的員工（kind: internal）加到他們參與的交叉格中。',
  },

  // --- roadmap ---
  'check.roadmap.position': {
    en: 'The launch plan does not say where the company stands on the CRM, BPM, PaaS roadmap.',
    'zh-CN': '上线计划没有说明企业在 CRM → BPM → PaaS 路线图上的位置。',
    'zh-TW': '上線計畫沒有說明企業在 CRM → BPM → PaaS 路線圖上的位置。',
  },
  'check.roadmap.position.hint': {
    en: 'Add roadmap: with stage, done and planned, so the next step can be recommended.',
    'zh-CN': '补上 roadmap:（stage、done、planned），以便推荐下一步。',
    'zh-TW': '補上 roadmap:（stage、done、planned），以便建議下一步。',
  },
  'check.roadmap.earlierNotDone': {
    en: 'The roadmap stands at {stage}, but no {earlier} step is done.',
    'zh-CN': '路线图处于 {stage} 阶段，但 {earlier} 阶段没有任何一步已完成。',
    'zh-TW': '路線圖處於 {stage} 階段，但 {earlier} 階段沒有任何一步已完成。',
  },
  'check.roadmap.order.hint': {
    en: 'Digitalise customer touchpoints with CRM first, then existing processes with BPM, then the value chain with PaaS.',
    'zh-CN': '先用 CRM 把客户接触面数字化，再用 BPM 把现有流程数字化，最后用 PaaS 把整个价值链数字化。',
    'zh-TW': '先用 CRM 把客戶接觸面數字化，再用 BPM 把現有流程數字化，最後用 PaaS 把整個價值鏈數字化。',
  },
  'check.roadmap.doneAhead': {
    en: 'The step "{step}" ({of}) is done, but the roadmap says the company stands at {stage}.',
    'zh-CN': '“{step}”（{of}）已完成，但路线图写的是企业处于 {stage} 阶段。',
    'zh-TW': '「{step}」（{of}）已完成，但路線圖寫的是企業處於 {stage} 階段。',
  },
  'check.roadmap.doneAhead.hint': {
    en: 'Set stage to the furthest stage with a step done, or correct done.',
    'zh-CN': '把 stage 改为已有完成步骤的最远阶段，或更正 done。',
    'zh-TW': '把 stage 改為已有完成步驟的最遠階段，或更正 done。',
  },
  'check.roadmap.skips': {
    en: 'The step "{step}" ({of}) is planned, but no {skipped} step is done or planned.',
    'zh-CN': '计划做“{step}”（{of}），但 {skipped} 阶段没有任何已完成或计划中的步骤。',
    'zh-TW': '計畫做「{step}」（{of}），但 {skipped} 階段沒有任何已完成或計畫中的步驟。',
  },
  'check.roadmap.plannedOrder': {
    en: 'The step "{step}" ({of}) is planned after a {later} step.',
    'zh-CN': '“{step}”（{of}）被安排在 {later} 阶段的步骤之后。',
    'zh-TW': '「{step}」（{of}）被安排在 {later} 階段的步驟之後。',
  },

  // --- four looks ---
  'check.looks.fourLooks': {
    en: 'Of the four looks, {count} are not addressed: {missing}.',
    'zh-CN': '“四个看”中有 {count} 个没有回应：{missing}。',
    'zh-TW': '「四個看」中有 {count} 個沒有回應：{missing}。',
  },
  'check.looks.fourLooks.hint': {
    en: 'Say under four_looks how the plan looks outward (user growth), inward (efficiency), forward (dynamic operations) and to money (monetisable and sustainable).',
    'zh-CN': '在 four_looks 中写明规划如何向外看（用户增长）、朝内看（内部效率）、向前看（动态运营）、向“钱”看（可变现、可持续）。',
    'zh-TW': '在 four_looks 中寫明規劃如何向外看（用戶增長）、朝內看（內部效率）、向前看（動態運營）、向「錢」看（可變現、可持續）。',
  },

  // --- dxplan.yaml settings ---
  'check.config.unknownRule': {
    en: 'Unknown rule "{id}": this setting has no effect.',
    'zh-CN': '未知规则“{id}”：该设置不会生效。',
    'zh-TW': '未知規則「{id}」：該設定不會生效。',
  },
  'check.config.unknownRule.hint': {
    en: 'See the rule ids in the output of dxplan check or in docs/rules.md.',
    'zh-CN': '规则 id 可在 dxplan check 的输出或 docs/rules.md 中查到。',
    'zh-TW': '規則 id 可在 dxplan check 的輸出或 docs/rules.md 中查到。',
  },
  'check.config.didYouMean': {
    en: 'did you mean "{suggestion}"?',
    'zh-CN': '您是不是想写“{suggestion}”？',
    'zh-TW': '您是不是想寫「{suggestion}」？',
  },
  'check.config.unknownWeight': {
    en: 'Unknown weight "{key}" under weights.{group}: it is ignored.',
    'zh-CN': 'weights.{group} 下的权重“{key}”无法识别，将被忽略。',
    'zh-TW': 'weights.{group} 下的權重「{key}」無法識別，將被忽略。',
  },
  'check.config.unknownWeight.hint': {
    en: 'Known keys: {known}.',
    'zh-CN': '可用的键：{known}。',
    'zh-TW': '可用的鍵：{known}。',
  },

  // --- recommendations made specific to the company ---
  'check.rec.system.small': {
    en: 'Choose by size: as a small company, start with standard SaaS. It is cheap, standardised and the lowest-cost way to efficiency; keep custom development for later.',
    'zh-CN': '按规模选型：作为小企业，先用标准化 SaaS，便宜、规范，是成本最低的提效方式；定制开发留到以后。',
    'zh-TW': '按規模選型：作為小企業，先用標準化 SaaS，便宜、規範，是成本最低的提效方式；客製開發留到以後。',
  },
  'check.rec.system.medium': {
    en: 'Choose by size: as a medium-sized company, use standard SaaS wherever it fits, and build custom only where data privacy or integration with existing systems and public platforms requires it.',
    'zh-CN': '按规模选型：作为中型企业，能用标准化 SaaS 的地方就用 SaaS，只在数据隐私或与现有系统、公共平台对接确有需要时才定制开发。',
    'zh-TW': '按規模選型：作為中型企業，能用標準化 SaaS 的地方就用 SaaS，只在資料隱私或與現有系統、公共平臺對接確有需要時才客製開發。',
  },
  'check.rec.system.large': {
    en: 'Choose by size: as a large company, go for high-end custom systems when budget allows, mainly for data privacy and for integration with existing systems and public platforms, so data flows without breaks.',
    'zh-CN': '按规模选型：作为大企业，在预算允许时选择高端定制，主要是为了数据隐私，以及与现有系统和公共平台对接，保证数据流转不中断。',
    'zh-TW': '按規模選型：作為大企業，在預算允許時選擇高階客製，主要是為了資料隱私，以及與現有系統和公共平臺對接，確保資料流轉不中斷。',
  },
  'check.rec.entry.medical': {
    en: 'Entry point for {industry}: start with business digitalisation (or "DOT"), putting the business processes online so front and back end connect.',
    'zh-CN': '{industry}行业的切入点：从业务数字化（或 DOT）切入，先把业务流程搬到线上，让前后端打通。',
    'zh-TW': '{industry}產業的切入點：從業務數字化（或 DOT）切入，先把業務流程搬到線上，讓前後端打通。',
  },
  'check.rec.entry.retail': {
    en: 'Entry point for {industry}: start with private-domain operations and user growth.',
    'zh-CN': '{industry}行业的切入点：从私域运营和用户增长切入。',
    'zh-TW': '{industry}產業的切入點：從私域運營和用戶增長切入。',
  },
  'check.rec.entry.health': {
    en: 'Entry point for {industry}: start with the user service experience, designing touchpoints with a service journey map.',
    'zh-CN': '{industry}行业的切入点：从用户服务体验切入，用服务旅程地图设计每个接触点。',
    'zh-TW': '{industry}產業的切入點：從用戶服務體驗切入，用服務旅程地圖設計每個接觸點。',
  },
  'check.rec.entry.independent_brand': {
    en: 'Entry point for {industry}: start with channel operations or ad-placement operations.',
    'zh-CN': '{industry}的切入点：从渠道运营或投放运营切入。',
    'zh-TW': '{industry}的切入點：從渠道運營或投放運營切入。',
  },
  'check.rec.entry.serviceHeavy': {
    en: 'Entry point for {industry}: the methodology names no entry point for this industry, but counts it among the service-heavy sectors where the user-growth line pays off most. Start from the private-domain growth loop and the user service journey, and discuss the choice with experts around the north star.',
    'zh-CN': '{industry}行业的切入点：方法论没有为该行业指定切入点，但把它列为用户增长线价值最高的重服务行业。建议从私域增长闭环和用户服务旅程切入，并围绕北极星与专家讨论这一选择。',
    'zh-TW': '{industry}產業的切入點：方法論沒有為該產業指定切入點，但把它列為用戶增長線價值最高的重服務產業。建議從私域增長閉環和用戶服務旅程切入，並圍繞北極星與專家討論這一選擇。',
  },
  'check.rec.entry.unnamed': {
    en: 'Entry point for {industry}: the methodology names entry points only for medical, retail, health and independent brands, none for this industry. Choose one with expert support (business digitalisation, private-domain growth, service experience, or channel and ad operations), record why, and test it against the current north star.',
    'zh-CN': '{industry}行业的切入点：方法论只为医疗、零售、大健康和独立品牌指定了切入点，没有覆盖该行业。请在专家支持下选定一个（业务数字化、私域增长、服务体验，或渠道与投放运营），记录理由，并用当前的北极星指标检验。',
    'zh-TW': '{industry}產業的切入點：方法論只為醫療、零售、大健康和獨立品牌指定了切入點，沒有涵蓋該產業。請在專家支持下選定一個（業務數字化、私域增長、服務體驗，或渠道與投放運營），記錄理由，並用當前的北極星指標檢驗。',
  },
  'check.rec.system.record': {
    en: 'Record for {systems} whether each is standard SaaS or custom, and why (data privacy, integration with existing systems, budget), under choice: in canvases/business-architecture.yaml.',
    'zh-CN': '请在 canvases/business-architecture.yaml 的 choice: 中为{systems}记录是标准化 SaaS 还是定制开发，以及原因（数据隐私、与现有系统对接、预算）。',
    'zh-TW': '請在 canvases/business-architecture.yaml 的 choice: 中為{systems}記錄是標準化 SaaS 還是客製開發，以及原因（資料隱私、與現有系統對接、預算）。',
  },
  'check.rec.nextStep.before': {
    en: 'Next roadmap step: {step} ({stage}), before the planned "{planned}". {why}',
    'zh-CN': '路线图的下一步：{step}（{stage}），先于已规划的“{planned}”。{why}',
    'zh-TW': '路線圖的下一步：{step}（{stage}），先於已規劃的「{planned}」。{why}',
  },
  'check.rec.nextStep': {
    en: 'Next roadmap step: {step} ({stage}). {why}',
    'zh-CN': '路线图的下一步：{step}（{stage}）。{why}',
    'zh-TW': '路線圖的下一步：{step}（{stage}）。{why}',
  },
  'check.rec.nextStep.crm': {
    en: 'CRM digitalises customer touchpoints and shows results fastest; take its sub-steps light to heavy: sales CRM, merchant store front end with SOP back end, consumer SCRM.',
    'zh-CN': 'CRM 把客户接触面数字化，见效最快；按由轻到重的顺序推进：销售 CRM、商户门店前台加 SOP 后台、消费者 SCRM。',
    'zh-TW': 'CRM 把客戶接觸面數字化，見效最快；按由輕到重的順序推進：銷售 CRM、商戶門店前臺加 SOP 後臺、消費者 SCRM。',
  },
  'check.rec.nextStep.bpm': {
    en: 'BPM digitalises existing processes so work flows automatically instead of by offline approval; take its sub-steps light to heavy: e-commerce and big-data base, product factory, stakeholder messaging.',
    'zh-CN': 'BPM 把现有业务流程数字化，让工作自动流转，不再靠线下审批；按由轻到重的顺序推进：电商与大数据底座、产品工厂、利益相关方消息协同。',
    'zh-TW': 'BPM 把現有業務流程數字化，讓工作自動流轉，不再靠線下簽核；按由輕到重的順序推進：電商與大數據底座、產品工廠、利害關係人訊息協同。',
  },
  'check.rec.nextStep.paas': {
    en: 'PaaS digitalises the whole value chain by opening the platform to partners; pick the level by R&D budget: API open platform, multi-tenant SaaS, secondary-development PaaS.',
    'zh-CN': 'PaaS 通过向合作伙伴开放平台，把整个价值链数字化；按研发预算选择层级：API 开放平台、多租户 SaaS、可二次开发的 PaaS。',
    'zh-TW': 'PaaS 透過向合作夥伴開放平臺，把整個價值鏈數字化；按研發預算選擇層級：API 開放平臺、多租戶 SaaS、可二次開發的 PaaS。',
  },

  // --- `dxplan check` output ---
  'check.group.manifest': { en: 'Workspace settings', 'zh-CN': '工作区设置', 'zh-TW': '工作區設定' },
  'check.group.value-positioning': { en: 'Value positioning', 'zh-CN': '价值定位', 'zh-TW': '價值定位' },
  'check.group.business-architecture': { en: 'Business architecture', 'zh-CN': '业务架构', 'zh-TW': '業務架構' },
  'check.group.north-star': { en: 'North star', 'zh-CN': '北极星指标', 'zh-TW': '北極星指標' },
  'check.group.assessment': { en: 'Assessment', 'zh-CN': '成熟度评估', 'zh-TW': '成熟度評估' },
  'check.group.launch-plan': { en: 'Launch plan', 'zh-CN': '上线计划', 'zh-TW': '上線計畫' },
  'check.group.other': { en: 'Other files', 'zh-CN': '其他文件', 'zh-TW': '其他檔案' },
  'check.noFindings': { en: 'No findings: the plan meets every methodology rule.', 'zh-CN': '没有发现问题：规划符合全部方法论规则。', 'zh-TW': '沒有發現問題：規劃符合全部方法論規則。' },
  'check.recommendations': { en: 'Recommendations', 'zh-CN': '建议', 'zh-TW': '建議' },
  'check.see': { en: 'see: {target}', 'zh-CN': '参见：{target}', 'zh-TW': '參見：{target}' },
  'check.scores': { en: 'Scores', 'zh-CN': '评分', 'zh-TW': '評分' },
  'check.scores.northStar': { en: 'North-star candidates (four criteria, 0-2 each):', 'zh-CN': '北极星候选指标（四项标准，每项 0–2 分）：', 'zh-TW': '北極星候選指標（四項標準，每項 0–2 分）：' },
  'check.scores.northStarWeighted': {
    en: 'North-star candidates (weighted score, then the plain sum of the four criteria):',
    'zh-CN': '北极星候选指标（加权得分，括号内为四项标准的原始总分）：',
    'zh-TW': '北極星候選指標（加權得分，括號內為四項標準的原始總分）：',
  },
  'check.scores.noCandidates': { en: 'no candidates', 'zh-CN': '没有候选指标', 'zh-TW': '沒有候選指標' },
  'check.scores.chosen': { en: 'chosen', 'zh-CN': '已选定', 'zh-TW': '已選定' },
  'check.scores.best': { en: 'best scored', 'zh-CN': '得分最高', 'zh-TW': '得分最高' },
  'check.scores.assessment': { en: '{model} (current → target of {max}):', 'zh-CN': '{model}（当前 → 目标，满分 {max}）：', 'zh-TW': '{model}（目前 → 目標，滿分 {max}）：' },
  'check.scores.gap': { en: 'gap {gap}', 'zh-CN': '差距 {gap}', 'zh-TW': '差距 {gap}' },
  'check.scores.weight': { en: 'weight {weight}', 'zh-CN': '权重 {weight}', 'zh-TW': '權重 {weight}' },
  'check.scores.weakest': { en: 'weakest', 'zh-CN': '最弱', 'zh-TW': '最弱' },
  'check.scores.weakestLevel': { en: '{facet} today (level {level}): {description}', 'zh-CN': '{facet}现状（{level} 级）：{description}', 'zh-TW': '{facet}現況（{level} 級）：{description}' },
  'check.scores.overall': { en: 'Overall (weighted): {current} → {target} of {max}', 'zh-CN': '加权总分：{current} → {target}（满分 {max}）', 'zh-TW': '加權總分：{current} → {target}（滿分 {max}）' },
  'check.scores.noFacets': { en: 'no facet is scored', 'zh-CN': '没有任何维度已评分', 'zh-TW': '沒有任何維度已評分' },
  'check.scores.coverage': {
    en: 'Canvas coverage: {complete} of {goals} goals have business, operations and data functions ({share}%); business {business}, operations {operations}, data {data}',
    'zh-CN': '画布覆盖率：{goals} 个目标中有 {complete} 个同时具备业务、运营和数据功能（{share}%）；业务 {business}、运营 {operations}、数据 {data}',
    'zh-TW': '畫布覆蓋率：{goals} 個目標中有 {complete} 個同時具備業務、運營和資料功能（{share}%）；業務 {business}、運營 {operations}、資料 {data}',
  },
  'check.summary.passed': {
    en: '✔ check passed: {errors} error(s), {warnings} warning(s), {infos} info(s)',
    'zh-CN': '✔ 检查通过：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    'zh-TW': '✔ 檢查通過：{errors} 個錯誤，{warnings} 個警告，{infos} 則提示',
  },
  'check.summary.failed': {
    en: '✖ check failed: {errors} error(s), {warnings} warning(s), {infos} info(s)',
    'zh-CN': '✖ 检查未通过：{errors} 个错误，{warnings} 个警告，{infos} 条提示',
    'zh-TW': '✖ 檢查未通過：{errors} 個錯誤，{warnings} 個警告，{infos} 則提示',
  },
  'check.summary.strict': { en: '(--strict: warnings fail the check)', 'zh-CN': '（--strict：有警告也视为未通过）', 'zh-TW': '（--strict：有警告也視為未通過）' },
  'check.glossaryBroken': {
    en: 'the built-in glossary could not be read; enum values are shown by their ids',
    'zh-CN': '无法读取内置术语表；枚举值将以 id 显示',
    'zh-TW': '無法讀取內建術語表；列舉值將以 id 顯示',
  },
});
