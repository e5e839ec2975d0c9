// Messages of the render area, in every locale.
import { defineMessages } from '../message.js';

/** Catalogue of the render area. */
export const renderMessages = defineMessages({
  'render.browserNotFound': {
    en: 'no Chromium or Chrome found to render pictures. dxplan never downloads a browser: install one (Debian or Ubuntu: "sudo apt-get install chromium"; Fedora: "sudo dnf install chromium"; macOS and Windows: install Google Chrome), or name it with --browser PATH or the DXPLAN_BROWSER variable.',
    'zh-CN': '未找到用于渲染图片的 Chromium 或 Chrome。dxplan 不会自动下载浏览器：请先安装一个（Debian 或 Ubuntu：“sudo apt-get install chromium”；Fedora：“sudo dnf install chromium”；macOS 和 Windows：安装 Google Chrome），或用 --browser 路径或 DXPLAN_BROWSER 环境变量指定。',
    'zh-TW': '找不到用於繪製圖片的 Chromium 或 Chrome。dxplan 不會自動下載瀏覽器：請先安裝一個（Debian 或 Ubuntu：「sudo apt-get install chromium」；Fedora：「sudo dnf install chromium」；macOS 與 Windows：安裝 Google Chrome），或以 --browser 路徑或 DXPLAN_BROWSER 環境變數指定。',
  },
  'render.browserNotFound.tried': {
    en: 'looked in: {paths}',
    'zh-CN': '已查找：{paths}',
    'zh-TW': '已搜尋：{paths}',
  },
  'render.browserMissingAt': {
    en: 'no browser at {path} (set by {source}): give the path of a Chromium or Chrome executable',
    'zh-CN': '{path} 处没有浏览器（由 {source} 指定）：请给出 Chromium 或 Chrome 可执行文件的路径',
    'zh-TW': '{path} 沒有瀏覽器（由 {source} 指定）：請提供 Chromium 或 Chrome 執行檔的路徑',
  },
  'render.launchFailed': {
    en: 'could not start the browser {path}: {reason}',
    'zh-CN': '无法启动浏览器 {path}：{reason}',
    'zh-TW': '無法啟動瀏覽器 {path}：{reason}',
  },
  'render.sandboxHint': {
    en: 'this machine gives Chromium no usable sandbox (common in containers); set DXPLAN_NO_SANDBOX=1 to run it without one',
    'zh-CN': '本机无法为 Chromium 提供可用的沙箱（容器中很常见）；可设置 DXPLAN_NO_SANDBOX=1 以不使用沙箱运行',
    'zh-TW': '本機無法為 Chromium 提供可用的沙箱（容器中很常見）；可設定 DXPLAN_NO_SANDBOX=1 以不使用沙箱執行',
  },
  'render.browserFailed': {
    en: 'the browser stopped while rendering ({reason}); pictures already written are kept. Run the build again; if it keeps failing, try another browser with --browser',
    'zh-CN': '渲染时浏览器意外停止（{reason}）；已写入的图片会保留。请重新运行构建；若仍然失败，可用 --browser 换一个浏览器',
    'zh-TW': '繪製時瀏覽器意外停止（{reason}）；已寫入的圖片會保留。請重新執行建置；若仍然失敗，可用 --browser 換一個瀏覽器',
  },
  'render.mermaidMissing': {
    en: 'the Mermaid bundle was not found ({reason}); reinstall dxplan',
    'zh-CN': '找不到 Mermaid 脚本包（{reason}）；请重新安装 dxplan',
    'zh-TW': '找不到 Mermaid 指令碼套件（{reason}）；請重新安裝 dxplan',
  },
  'render.badFormat': {
    en: 'unknown format "{format}" for --render: choose from svg, png, pdf, pptx, xlsx (comma-separated)',
    'zh-CN': '--render 的格式“{format}”无效：可选 svg、png、pdf、pptx、xlsx（逗号分隔）',
    'zh-TW': '--render 的格式「{format}」無效：可選 svg、png、pdf、pptx、xlsx（逗號分隔）',
  },
  'render.deckFailed': { en: 'the slide deck could not be written: {reason}', 'zh-CN': '无法生成演示文稿：{reason}', 'zh-TW': '無法產生簡報：{reason}' },
  'render.workbookFailed': { en: 'the workbook could not be written: {reason}', 'zh-CN': '无法生成工作簿：{reason}', 'zh-TW': '無法產生活頁簿：{reason}' },
  'render.pictureMissing': { en: 'The picture of {path} could not be drawn.', 'zh-CN': '{path} 的图片未能绘制。', 'zh-TW': '{path} 的圖片未能繪製。' },
  'render.noDiagramOutput': {
    en: 'Mermaid rendered nothing',
    'zh-CN': 'Mermaid 没有渲染出任何内容',
    'zh-TW': 'Mermaid 沒有繪製出任何內容',
  },
  'render.diagramsFailed': {
    en: '{count} of {total} diagrams could not be rendered; the other documents were written',
    'zh-CN': '{total} 张图中有 {count} 张无法渲染；其他文档已写入',
    'zh-TW': '{total} 張圖中有 {count} 張無法繪製；其他文件已寫入',
  },
  'render.pdfFailed': {
    en: 'could not print the report to PDF: {reason}',
    'zh-CN': '无法将报告打印为 PDF：{reason}',
    'zh-TW': '無法將報告列印為 PDF：{reason}',
  },
  'render.noReport': {
    en: 'no PDF: this build wrote no HTML report to print (is it excluded by --only?)',
    'zh-CN': '未生成 PDF：本次构建没有可打印的 HTML 报告（是否被 --only 排除了？）',
    'zh-TW': '未產生 PDF：本次建置沒有可列印的 HTML 報告（是否被 --only 排除了？）',
  },
  'render.interrupted': {
    en: 'interrupted: the browser was closed and no picture was left half-written',
    'zh-CN': '已中断：浏览器已关闭，没有留下写了一半的图片',
    'zh-TW': '已中斷：瀏覽器已關閉，沒有留下寫到一半的圖片',
  },
  'render.noCjkFont': {
    en: 'warning: no Chinese font is installed, so Chinese text in PNGs and PDFs shows as empty boxes (SVGs are fine). Install one, e.g. "sudo apt-get install fonts-noto-cjk" on Debian or Ubuntu.',
    'zh-CN': '警告：本机未安装中文字体，PNG 和 PDF 中的中文会显示为空白方框（SVG 不受影响）。请安装中文字体，例如在 Debian 或 Ubuntu 上运行“sudo apt-get install fonts-noto-cjk”。',
    'zh-TW': '警告：本機未安裝中文字型，PNG 與 PDF 中的中文會顯示為空白方框（SVG 不受影響）。請安裝中文字型，例如在 Debian 或 Ubuntu 上執行「sudo apt-get install fonts-noto-cjk」。',
  },
  'render.summary': {
    en: 'Rendered {rendered} pictures, {reused} unchanged.',
    'zh-CN': '已渲染 {rendered} 个图片文件，{reused} 个未变化。',
    'zh-TW': '已繪製 {rendered} 個圖片檔案，{reused} 個未變更。',
  },
  'render.tooLarge': {
    en: 'the diagram is {size} characters long, more than the {max} Mermaid can draw; split the plan (fewer functions per module or goals per phase) or leave this picture out with --only',
    'zh-CN': '该图有 {size} 个字符，超过 Mermaid 可绘制的上限 {max}；请拆分规划（减少每个模块的功能或每个阶段的目标），或用 --only 跳过这张图',
    'zh-TW': '該圖有 {size} 個字元，超過 Mermaid 可繪製的上限 {max}；請拆分規劃（減少每個模組的功能或每個階段的目標），或用 --only 略過這張圖',
  },
  'build.foreign': {
    en: 'refusing to overwrite {path}: dxplan did not generate it (it is not listed in .dxplan-build.json and has no "Generated by dxplan" line)',
    'zh-CN': '拒绝覆盖 {path}：该文件不是 dxplan 生成的（不在 .dxplan-build.json 中，也没有“由 dxplan 生成”的标记行）',
    'zh-TW': '拒絕覆寫 {path}：該檔案不是 dxplan 產生的（不在 .dxplan-build.json 中，也沒有「由 dxplan 產生」的標記行）',
  },
  'build.foreign.hint': {
    en: 'move your file out of the output folder (or set "output:" in dxplan.yaml to another folder); to replace it anyway, run dxplan build --force',
    'zh-CN': '请把您的文件移出输出文件夹（或在 dxplan.yaml 中把 "output:" 设为其他文件夹）；若确需覆盖，请运行 dxplan build --force',
    'zh-TW': '請把您的檔案移出輸出資料夾（或在 dxplan.yaml 中把 "output:" 設為其他資料夾）；若確需覆寫，請執行 dxplan build --force',
  },
  'cli.opt.buildForce': {
    en: 'replace files in the output folder that dxplan did not generate',
    'zh-CN': '覆盖输出文件夹中并非由 dxplan 生成的文件',
    'zh-TW': '覆寫輸出資料夾中並非由 dxplan 產生的檔案',
  },
});
