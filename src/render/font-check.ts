// Notices when the machine cannot draw Chinese text, which would come out as empty boxes in PNG and PDF.
import type { Browser } from 'puppeteer-core';
import { crashGuard } from './mermaid-page.js';

/** Han characters, kana or Hangul: text that needs a CJK font to be drawn. */
export const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/**
 * True when no installed font covers Chinese. Without one, every Han character falls back to the
 * same empty box, so two different characters draw identical pixels.
 */
export async function lacksCjkFont(browser: Browser): Promise<boolean> {
  const page = await browser.newPage();
  const guard = crashGuard(page);
  try {
    return await guard(
      page.evaluate(() => {
        const canvas = document.createElement('canvas');
        canvas.width = 48;
        canvas.height = 48;
        const g = canvas.getContext('2d')!;
        const draw = (text: string) => {
          g.clearRect(0, 0, 48, 48);
          g.font = '32px sans-serif';
          g.fillText(text, 4, 36);
          return canvas.toDataURL();
        };
        return draw('中') === draw('丁');
      }),
    );
  } finally {
    await guard(page.close()).catch(() => undefined);
  }
}
