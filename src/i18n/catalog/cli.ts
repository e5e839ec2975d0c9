// Messages of the command-line conventions: the help command, usage errors that name the bad value,
// shell completion, `show`'s arguments, the build summary with pictures, and the demo script.
import { defineMessages } from '../message.js';

/** Catalogue of the CLI conventions (help, usage errors, completion, demo). */
export const cliMessages = defineMessages({
  'cli.help.docs': { en: 'Documentation: {path}', 'zh-CN': '文档：{path}', 'zh-TW': '說明文件：{path}' },
  'cli.cmd.help': { en: 'show the help of a command', 'zh-CN': '显示某个命令的帮助', 'zh-TW': '顯示某個命令的說明' },
  'cli.err.badChoice': {
    en: '{option} does not accept "{value}"; allowed: {allowed}',
    'zh-CN': '{option} 不接受 "{value}"；可选值：{allowed}',
    'zh-TW': '{option} 不接受 "{value}"；可選值：{allowed}',
  },
  'cli.err.unexpectedArgument': {
    en: 'unexpected argument "{argument}"; usage: dxplan {command} {usage}',
    'zh-CN': '多余的参数 "{argument}"；用法：dxplan {command} {usage}',
    'zh-TW': '多餘的參數 "{argument}"；用法：dxplan {command} {usage}',
  },
  'cli.err.seeCommandHelp': { en: 'Run "dxplan {command} --help" for usage.', 'zh-CN': '运行 "dxplan {command} --help" 查看用法。', 'zh-TW': '執行 "dxplan {command} --help" 查看用法。' },
  'cmd.completion.summary': {
    en: 'print a shell completion script for bash, zsh or fish',
    'zh-CN': '输出 bash、zsh 或 fish 的命令补全脚本',
    'zh-TW': '輸出 bash、zsh 或 fish 的命令補全腳本',
  },
  'cli.arg.shell': { en: 'the shell: bash, zsh or fish', 'zh-CN': 'shell 类型：bash、zsh 或 fish', 'zh-TW': 'shell 類型：bash、zsh 或 fish' },
  'cli.arg.canvasOrDirShow': {
    en: 'a canvas (value-positioning, business-architecture, north-star, assessment, launch-plan), or the workspace folder',
    'zh-CN': '画布（value-positioning、business-architecture、north-star、assessment、launch-plan），或工作区文件夹',
    'zh-TW': '畫布（value-positioning、business-architecture、north-star、assessment、launch-plan），或工作區資料夾',
  },
  'completion.missingShell': {
    en: 'completion needs a shell; allowed: {allowed}',
    'zh-CN': 'completion 需要指定 shell；可选值：{allowed}',
    'zh-TW': 'completion 需要指定 shell；可選值：{allowed}',
  },
  'show.neitherCanvasNorFolder': {
    en: '"{name}" is neither a canvas nor a folder; canvases: {allowed}',
    'zh-CN': '"{name}" 既不是画布，也不是文件夹；可选画布：{allowed}',
    'zh-TW': '"{name}" 既不是畫布，也不是資料夾；可選畫布：{allowed}',
  },
  'build.summaryPictures': {
    en: '{dir}: {written} file(s) written, {unchanged} unchanged, {removed} removed; {pictures} picture(s) drawn, {reused} unchanged',
    'zh-CN': '{dir}：写入 {written} 个文件，{unchanged} 个未变，删除 {removed} 个；绘制 {pictures} 个图片文件，{reused} 个未变',
    'zh-TW': '{dir}：寫入 {written} 個檔案，{unchanged} 個未變更，刪除 {removed} 個；繪製 {pictures} 個圖片檔案，{reused} 個未變更',
  },
  'build.wroteWithPictures': { en: 'wrote {path} (with the pictures)', 'zh-CN': '已写入 {path}（含图片）', 'zh-TW': '已寫入 {path}（含圖片）' },
  'demo.title': {
    en: 'dxplan demo: the bundled example {example}',
    'zh-CN': 'dxplan 演示：随附的示例 {example}',
    'zh-TW': 'dxplan 示範：隨附的範例 {example}',
  },
  'demo.browser': {
    en: 'Browser found ({path}): the diagrams are drawn as pictures (SVG, PNG) and the report as a PDF.',
    'zh-CN': '已找到浏览器（{path}）：图表将绘制为图片（SVG、PNG），报告将打印为 PDF。',
    'zh-TW': '已找到瀏覽器（{path}）：圖表將繪製為圖片（SVG、PNG），報告將列印為 PDF。',
  },
  'demo.noBrowser': {
    en: 'No Chromium or Chrome found, so the report shows each diagram as Mermaid source instead of a picture. For pictures install one (Debian or Ubuntu: sudo apt-get install chromium) and run npm run demo again; see docs/render.md.',
    'zh-CN': '未找到 Chromium 或 Chrome，因此报告中的图表显示为 Mermaid 源码而不是图片。如需图片，请安装浏览器（Debian 或 Ubuntu：sudo apt-get install chromium）后重新运行 npm run demo；详见 docs/render.md。',
    'zh-TW': '找不到 Chromium 或 Chrome，因此報告中的圖表顯示為 Mermaid 原始碼而非圖片。如需圖片，請安裝瀏覽器（Debian 或 Ubuntu：sudo apt-get install chromium）後重新執行 npm run demo；詳見 docs/render.md。',
  },
  'demo.failed': {
    en: 'the demo stopped: "{command}" exited with {code}',
    'zh-CN': '演示已停止："{command}" 以 {code} 退出',
    'zh-TW': '示範已停止："{command}" 以 {code} 結束',
  },
  'demo.open': { en: 'Open this in a browser: {path}', 'zh-CN': '请用浏览器打开：{path}', 'zh-TW': '請用瀏覽器開啟：{path}' },
  'demo.alsoWritten': {
    en: 'Every document is in {dir}/ (Markdown, CSV, JSON, Mermaid{pictures}).',
    'zh-CN': '全部文档都在 {dir}/ 中（Markdown、CSV、JSON、Mermaid{pictures}）。',
    'zh-TW': '全部文件都在 {dir}/ 中（Markdown、CSV、JSON、Mermaid{pictures}）。',
  },
  'demo.pictures': { en: ', SVG, PNG and the PDF', 'zh-CN': '、SVG、PNG 和 PDF', 'zh-TW': '、SVG、PNG 和 PDF' },
  'demo.next': {
    en: 'Next: node bin/dxplan.js show business-architecture {example}, or start your own plan (README.md, "Install").',
    'zh-CN': '下一步：node bin/dxplan.js show business-architecture {example}，或开始您自己的规划（见 README.md 的“Install”）。',
    'zh-TW': '下一步：node bin/dxplan.js show business-architecture {example}，或開始您自己的規劃（見 README.md 的「Install」）。',
  },
});
