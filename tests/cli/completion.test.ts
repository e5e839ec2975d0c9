// `dxplan completion bash|zsh|fish`, tried in the real shells: bash's completion function called the
// way bash calls it (COMP_WORDS/COMP_CWORD), fish's own `complete -C`, and zsh typed into in a
// terminal (tmux), where a Tab shows what a user would see.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/program.js';
import { CANVAS_IDS } from '../../src/domain/canvas-ids.js';
import { runCli } from '../helpers/run-cli.js';
import { removeTemp } from '../helpers/temp-workspace.js';

const has = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
let cwd: string;
const scripts: Record<string, string> = {};

beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'dxplan-completion-'));
  for (const dir of ['my-plan', 'with space', 'docs']) await mkdir(join(cwd, dir));
  await writeFile(join(cwd, 'answers.yaml'), 'north-star: {}\n');
  for (const shell of ['bash', 'zsh', 'fish']) {
    const r = runCli(['completion', shell], cwd);
    expect(r.code, r.stderr).toBe(0);
    scripts[shell] = join(cwd, `.completion.${shell}`);
    await writeFile(scripts[shell]!, r.stdout);
  }
});
afterAll(() => removeTemp(cwd));

describe('bash', () => {
  /** What bash would offer for the words typed so far (the last one is being completed). */
  const complete = (...words: string[]): string[] => {
    const out = execFileSync('bash', ['-c', 'source "$0"; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _dxplan; printf "%s\\n" "${COMPREPLY[@]}"', scripts.bash!, ...words], {
      cwd,
      encoding: 'utf8',
    });
    return out.split('\n').filter(Boolean).sort();
  };

  it('completes every command, from the same list as --help', () => {
    expect(complete('dxplan', '')).toEqual([...COMMANDS.map((c) => c.name), 'help'].sort());
    expect(complete('dxplan', 'sh')).toEqual(['show']);
    expect(complete('dxplan', '--lang', 'zh-CN', 'b')).toEqual(['build']);
  });

  it('completes canvases and folders where a canvas or a folder may come', () => {
    expect(complete('dxplan', 'show', '')).toEqual([...CANVAS_IDS, 'docs', 'my-plan', 'with space'].sort());
    expect(complete('dxplan', 'interview', 'nor')).toEqual(['north-star']);
    expect(complete('dxplan', 'show', 'north-star', '')).toEqual(['docs', 'my-plan', 'with space']);
    expect(complete('dxplan', 'build', 'w')).toEqual(['with space']);
  });

  it("completes a command's options, and the values of those that take one", () => {
    expect(complete('dxplan', 'build', '--d')).toEqual(['--dry-run']);
    expect(complete('dxplan', 'check', '--')).toEqual(['--format', '--help', '--lang', '--quiet', '--strict']);
    expect(complete('dxplan', 'check', '--format', '')).toEqual(['json', 'text']);
    expect(complete('dxplan', 'check', '--lang', '=', 'zh')).toEqual(['zh-CN', 'zh-TW']);
    expect(complete('dxplan', 'build', '--render', 'svg,p')).toEqual(['svg,pdf', 'svg,png', 'svg,pptx']);
    expect(complete('dxplan', 'build', '--only', 'north')).toEqual(['north-star']);
    expect(complete('dxplan', 'interview', '--answers', 'ans')).toEqual(['answers.yaml']);
    expect(complete('dxplan', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
    expect(complete('dxplan', 'help', 'va')).toEqual(['validate']);
    // explain offers the rules, recommendations and terms it explains.
    expect(complete('dxplan', 'explain', 'value/m')).toEqual(['value/measurable']);
    expect(complete('dxplan', 'explain', 'north_star')).toEqual(['north_star_metric']);
  });

  it('counts an option value as a value, not as the folder argument', () => {
    // After `--out docs`, the next word is still the first argument: a folder.
    expect(complete('dxplan', 'build', '--out', 'docs', 'my')).toEqual(['my-plan']);
    // show's second argument is a folder only.
    expect(complete('dxplan', 'show', '--quiet', 'north-star', 'n')).toEqual([]);
  });
});

describe('fish', () => {
  it.skipIf(!has('fish'))('parses, and fish offers commands, canvases, options and values', () => {
    expect(spawnSync('fish', ['-n', scripts.fish!]).status).toBe(0);
    const complete = (line: string) =>
      execFileSync('fish', ['-c', `source ${JSON.stringify(scripts.fish)}; complete -C ${JSON.stringify(line)}`], { cwd, encoding: 'utf8' })
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split('\t')[0]!)
        .sort();
    expect(complete('dxplan sh')).toEqual(['show']);
    expect(complete('dxplan show ')).toEqual([...CANVAS_IDS, 'docs/', 'my-plan/', 'with space/'].sort());
    expect(complete('dxplan check --format ')).toEqual(['json', 'text']);
    expect(complete('dxplan build --render svg,p')).toEqual(['svg,pdf', 'svg,png', 'svg,pptx']);
    expect(complete('dxplan build --d')).toEqual(['--dry-run']);
    expect(complete('dxplan --lang zh')).toEqual(['zh-CN', 'zh-TW']);
  });
});

describe('zsh', () => {
  it.skipIf(!has('zsh'))('parses', () => {
    const r = spawnSync('zsh', ['-n', scripts.zsh!], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it.skipIf(!has('zsh') || !has('tmux'))('offers commands, canvases and folders, and option values at a Tab in a real terminal', { timeout: 60_000 }, async () => {
    const zdotdir = join(cwd, '.zdot');
    await mkdir(zdotdir);
    // A plain zsh with the completion system on and dxplan's script sourced, as its header says.
    await writeFile(join(zdotdir, '.zshrc'), `autoload -Uz compinit && compinit -u -d ${JSON.stringify(join(zdotdir, 'zcompdump'))}\nPROMPT='%% '\nsource ${JSON.stringify(scripts.zsh)}\n`);
    const session = `dxplan-zsh-${process.pid}`;
    const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
    const screen = () => tmux('capture-pane', '-p', '-t', session);
    const until = async (test: (s: string) => boolean) => {
      for (let i = 0; i < 100; i++) {
        if (test(screen())) return screen();
        await new Promise((r) => setTimeout(r, 100));
      }
      return screen();
    };
    tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '20', '-c', cwd, `env -i HOME=${cwd} TERM=xterm PATH=${process.env.PATH} ZDOTDIR=${zdotdir} zsh -i`);
    try {
      await until((s) => s.trim() === '%');
      const typed = async (keys: string, expectText: string) => {
        tmux('send-keys', '-t', session, 'C-u', keys, 'Tab');
        const s = await until((text) => text.includes(expectText));
        // Abandon the line and clear the screen, so the next listing starts on an empty one.
        tmux('send-keys', '-t', session, 'C-c');
        tmux('send-keys', '-t', session, 'C-l');
        await until((text) => text.trim() === '%');
        return s;
      };
      const commands = await typed('dxplan ', 'completion');
      for (const c of [...COMMANDS.map((x) => x.name), 'help']) expect(commands).toMatch(new RegExp(`^${c} +-- `, 'm'));
      const show = await typed('dxplan show ', 'value-positioning');
      for (const word of [...CANVAS_IDS, 'docs/', 'my-plan/']) expect(show).toContain(word);
      expect(await typed('dxplan check --format ', 'json')).toMatch(/json +text/);
      // Wait for the completed line itself: a listing left on the screen may also read "dxplan show".
      expect(await typed('dxplan sh', '% dxplan show')).toContain('% dxplan show');
    } finally {
      tmux('kill-session', '-t', session);
    }
  });
});

describe('dxplan completion', () => {
  it('without a shell names the allowed ones and exits 2', () => {
    const r = runCli(['completion'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('dxplan: completion needs a shell; allowed: bash, zsh, fish\nRun "dxplan completion --help" for usage.\n');
  });

  it('describes commands in the language asked for', () => {
    expect(runCli(['completion', 'fish', '--lang', 'zh-TW'], cwd).stdout).toContain("-a build -d '產生全部文件與圖表'");
  });
});
