// A warm start for `build --render`: the browser launches, opens its page and loads Mermaid's
// 3.5 MB script while the workspace is still being loaded, checked and generated, instead of after.
import { browserSession, type BrowserSession, type BrowserSettings } from './launch-browser.js';
import { locateMermaid } from './mermaid-bundle.js';
import { openMermaidPage, type MermaidPage } from './mermaid-page.js';

/** The early browser and its Mermaid page. */
export interface WarmRender {
  session: BrowserSession;
  /** The page with Mermaid loaded; rejects with the launch's own error (reported by renderBuild as before). */
  page(): Promise<MermaidPage>;
  /** Closes the browser, used or not. */
  close(): Promise<void>;
}

/**
 * Starts the browser and Mermaid now. A failure (no browser, a launch error) is not reported
 * here: renderBuild meets the same rejection when it first asks, and reports it as it always did,
 * so nothing changes for a build that turns out to have nothing to draw.
 */
export function warmRender(settings: BrowserSettings): WarmRender {
  const session = browserSession(settings);
  let page: Promise<MermaidPage> | undefined;
  const pageOf = () =>
    (page ??= session.open().then(async (browser) => {
      const opened = await openMermaidPage(browser, locateMermaid());
      await opened.preload();
      return opened;
    }));
  pageOf().catch(() => undefined);
  return { session, page: pageOf, close: () => session.close() };
}
