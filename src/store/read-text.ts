// Reads a user's file as text, turning every way a file can be unreadable into one clear problem.
import type { Problem } from '../domain/problem.js';
import type { Translator } from '../i18n/index.js';
import { readRegularFile } from './read-regular.js';

/** Largest workspace file accepted (a 10,000-goal canvas is about 20 MiB). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** The text of a file, or the one problem that stops it being read. */
export type ReadText = { ok: true; text: string } | { ok: false; problem: Problem };

/** Line and column (1-based) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, not bytes: decode the (valid) part of the line before the offset.
  const col = new TextDecoder().decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, col };
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= bytes.length) return i; // truncated sequence at the end of the file
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Reads `abs` (shown to users as `file`) and returns its text or the problem that prevents it. */
export async function readText(abs: string, file: string, t: Translator): Promise<ReadText> {
  const fail = (rule: string, key: Parameters<Translator>[0], params: Record<string, string | number> = {}, at = { line: 1, col: 1 }) => ({
    ok: false as const,
    problem: {
      severity: 'error' as const,
      rule,
      file,
      path: [],
      line: at.line,
      col: at.col,
      message: t(key, { file, ...params }),
      hint: t(`${key}.hint` as Parameters<Translator>[0], { file, ...params }),
    },
  });
  let bytes: Uint8Array;
  try {
    // Never blocks on a pipe, never reads a device: a regular file of bounded size or a problem.
    bytes = await readRegularFile(abs, MAX_FILE_BYTES);
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { kind?: string; size?: number };
    const code = e.code;
    if (code === 'ENOTREG') return fail('file/not-a-file', e.kind === 'directory' ? 'file.directory' : 'file.special');
    if (code === 'EFBIG') return fail('file/too-large', 'file.tooLarge', { size: Math.ceil((e.size ?? 0) / 1024 / 1024), max: MAX_FILE_BYTES / 1024 / 1024 });
    if (code === 'ENOENT') return fail('file/missing', 'file.missing');
    if (code === 'EACCES' || code === 'EPERM') return fail('file/unreadable', 'file.unreadable');
    if (code === 'EISDIR') return fail('file/not-a-file', 'file.directory');
    return fail('file/unreadable', 'file.readError', { reason: code ?? String(error) });
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fail('encoding/bom', 'file.bom');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('file/binary', 'file.binary', {}, bytePosition(bytes, nul));
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) return fail('encoding/utf8', 'file.invalidUtf8', {}, bytePosition(bytes, bad));
  const text = new TextDecoder('utf-8').decode(bytes);
  const cr = text.indexOf('\r');
  if (cr >= 0) {
    const line = text.slice(0, cr).split('\n').length;
    // Old Mac files end lines with CR alone: a different fix from Windows' CRLF, so a different message.
    const key = text[cr + 1] === '\n' ? 'file.crlf' : 'file.cr';
    return fail('encoding/crlf', key, {}, { line, col: cr - text.lastIndexOf('\n', cr - 1) });
  }
  if (text.trim() === '') return fail('file/empty', 'file.empty');
  return { ok: true, text };
}
