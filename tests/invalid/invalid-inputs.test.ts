// Walks tests/invalid/cases/*.yaml: each case breaks the base workspace in one way and states the
// exact output and exit code of `dxplan validate`.
import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { runValidate } from '../../src/app/validate.js';
import type { Locale } from '../../src/domain/enums.js';
import { captureContext } from '../helpers/capture-context.js';
import { copyToTemp, removeTemp } from '../helpers/temp-workspace.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/dxplan.js', import.meta.url));

/** One bad-input case: how to break the base workspace, and what validate must answer. */
interface InvalidCase {
  description: string;
  /** Replace text in a file (first occurrence; the text must be there). */
  patch?: { file: string; find: string; replace: string }[];
  /** Replace whole files with this text. */
  write?: Record<string, string>;
  /** Replace whole files with these bytes, given as hex. */
  bytes?: Record<string, string>;
  /** Put a UTF-8 BOM before these files' text. */
  bom?: string[];
  /** Turn these files' line ends into CRLF. */
  crlf?: string[];
  remove?: string[];
  mkdir?: string[];
  /** Grow these files (sparse) to this many MiB. */
  grow?: Record<string, number>;
  /** Make these files unreadable and run validate as an unprivileged user. */
  unreadable?: string[];
  lang?: Locale;
  format?: 'text' | 'json';
  /** Validate this folder (relative to the copy) instead of the copy itself. */
  dir?: string;
  exit: number;
  expected: string;
}

const casesDir = join(here, 'cases');
const files = (await readdir(casesDir)).filter((f) => f.endsWith('.yaml')).sort();
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map(removeTemp)));

/** Applies a case's changes to a fresh copy of the base workspace. */
async function prepare(c: InvalidCase): Promise<string> {
  const dir = await copyToTemp(join(here, '_base'), 'dxplan-invalid-');
  temps.push(dir);
  for (const p of c.patch ?? []) {
    const path = join(dir, p.file);
    const text = await readFile(path, 'utf8');
    if (!text.includes(p.find)) throw new Error(`case patch: "${p.find}" not found in ${p.file}`);
    await writeFile(path, text.replace(p.find, p.replace));
  }
  for (const [f, text] of Object.entries(c.write ?? {})) await writeFile(join(dir, f), text);
  for (const [f, hex] of Object.entries(c.bytes ?? {})) await writeFile(join(dir, f), Buffer.from(hex.replace(/\s+/g, ''), 'hex'));
  for (const f of c.bom ?? []) await writeFile(join(dir, f), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), await readFile(join(dir, f))]));
  for (const f of c.crlf ?? []) await writeFile(join(dir, f), (await readFile(join(dir, f), 'utf8')).replace(/\n/g, '\r\n'));
  for (const f of c.remove ?? []) await rm(join(dir, f), { recursive: true, force: true });
  for (const f of c.mkdir ?? []) await mkdir(join(dir, f), { recursive: true });
  for (const [f, mib] of Object.entries(c.grow ?? {})) await truncate(join(dir, f), mib * 1024 * 1024);
  for (const f of c.unreadable ?? []) await chmod(join(dir, f), 0o000);
  return dir;
}

/** Runs validate as the unprivileged `nobody` user, so that chmod 000 really locks a file (root reads everything). */
function validateAsNobody(dir: string, c: InvalidCase): { out: string; code: number } {
  spawnSync('chmod', ['-R', 'a+rX', dir]);
  for (const f of c.unreadable ?? []) spawnSync('chmod', ['000', join(dir, f)]);
  const r = spawnSync(process.execPath, [BIN, 'validate', '.', '--lang', c.lang ?? 'en'], {
    cwd: dir,
    uid: 65534,
    gid: 65534,
    env: { PATH: process.env.PATH, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { out: r.stdout + r.stderr, code: r.status ?? -1 };
}

const isRoot = process.getuid?.() === 0;

describe('dxplan validate on bad input', () => {
  it('has at least 30 cases', () => expect(files.length).toBeGreaterThanOrEqual(30));

  for (const file of files) {
    it(file.replace(/\.yaml$/, ''), async () => {
      const c = parse(await readFile(join(casesDir, file), 'utf8')) as InvalidCase;
      const dir = await prepare(c);
      if (c.unreadable) {
        // Only root can act as another user; as a normal user chmod 000 already locks the file.
        const result = isRoot ? validateAsNobody(dir, c) : await inProcess(dir, c);
        if (process.env.DXPLAN_RECORD === '1') await record(file, result);
        expect(result.out).toBe(c.expected);
        expect(result.code).toBe(c.exit);
        return;
      }
      const result = await inProcess(dir, c);
      if (process.env.DXPLAN_RECORD === '1') await record(file, result);
      expect(result.out).toBe(c.expected);
      expect(result.code).toBe(c.exit);
    });
  }
});

/** Runs validate in this process with the workspace as the current folder. */
async function inProcess(dir: string, c: InvalidCase): Promise<{ out: string; code: number }> {
  const { ctx, out, err } = captureContext(c.lang ?? 'en', dir);
  const code = await runValidate(ctx, c.dir ?? '.', c.format ?? 'text');
  return { out: out() + err(), code };
}

/** DXPLAN_RECORD=1 writes the actual output into a case, to be reviewed by a person before committing. */
async function record(file: string, result: { out: string; code: number }): Promise<void> {
  const path = join(casesDir, file);
  const doc = parseDocument(await readFile(path, 'utf8'));
  doc.set('exit', result.code);
  doc.set('expected', result.out);
  await writeFile(path, doc.toString({ lineWidth: 0 }));
}
