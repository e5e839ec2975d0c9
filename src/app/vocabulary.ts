// The names the CLI offers as choices and completions (canvases, document families, picture
// formats), read from their one home in the layers below, so cli/ needs no import past app/.
export { CANVAS_IDS } from '../domain/canvas-ids.js';
export { DOCUMENT_FAMILIES } from '../generate/types.js';
export { RENDER_FORMATS } from '../render/render-formats.js';
