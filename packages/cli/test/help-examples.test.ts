import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, words } from './support/cli.js';
import { memoryFiles } from './support/memory-files.js';

/*
 * Every example that `--help` prints must work from the repository root, as a user would copy it: the test reads the
 * help of every command (found through the "Lệnh:" sections), and runs each `$ ntm …` line in order, in one sandbox
 * per command, so an example may use the file that an earlier `ntm init` example of the same help wrote.
 */

/** The sub-commands listed in a help text (the lines under "Lệnh:" / "Commands:"). */
function subcommands(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.findIndex((l) => /^(Lệnh|Commands):$/.test(l));
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '') break;
    const name = /^ {2}(\S+)/.exec(line)?.[1];
    if (name !== undefined && name !== 'help') out.push(name);
  }
  return out;
}

/** Every command path, from the root help down. */
async function commandPaths(): Promise<string[][]> {
  const out: string[][] = [];
  const visit = async (path: string[]): Promise<void> => {
    out.push(path);
    const help = (await cli([...path, '--help'])).stdout;
    for (const name of subcommands(help)) await visit([...path, name]);
  };
  await visit([]);
  return out;
}

/** The examples of a help text: each `$ ntm …` line and the exit code its note announces. */
function examples(help: string): { args: string[]; exit: number }[] {
  const lines = help.split('\n');
  return lines.flatMap((line, i) => {
    const m = /^\s*\$ ntm (.+)$/.exec(line);
    if (!m) return [];
    const note = lines[i + 1] ?? '';
    const exit = /mã thoát 1|exit code 1/.test(note) ? 1 : 0;
    return [{ args: words(m[1] ?? ''), exit }];
  });
}

describe('every --help example works from the repository root', async () => {
  const paths = await commandPaths();

  it('finds every command', () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it.each(paths.map((p) => [p.join(' ') || '(ntm)', p] as const))(
    'ntm %s --help',
    async (_name, path) => {
      for (const lang of ['vi', 'en']) {
        const help = await cli([...path, '--help', '--lang', lang]);
        expect(help.code).toBe(0);
        const list = examples(help.stdout);
        if (path.length > 0) expect(list.length).toBeGreaterThan(0);
        // One sandbox per help text: an example may use the file an earlier `ntm init` example wrote.
        const files = memoryFiles(ROOT);
        for (const example of list) {
          const r = await cli(example.args, { files });
          expect({ example: example.args.join(' '), code: r.code, stderr: r.stderr }).toEqual({
            example: example.args.join(' '),
            code: example.exit,
            stderr: '',
          });
        }
      }
    },
  );
});

/** The `ntm` command lines of the shell blocks of a Markdown file: `npx ntm …` or `node packages/cli/bin/ntm.js …`. */
function documented(file: string): { line: string; args: string[]; exit: number }[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const blocks = [...text.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks.flatMap((block) =>
    block
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .flatMap((raw) => {
        const [command = '', comment = ''] = raw.split(/\s+#\s/);
        const m = /^(?:npx ntm|node packages\/cli\/bin\/ntm\.js) (.+)$/.exec(command.trim());
        if (!m) return [];
        return [
          { line: command.trim(), args: words(m[1] ?? ''), exit: /exit 1/.test(comment) ? 1 : 0 },
        ];
      }),
  );
}

describe('the commands shown in the README and docs/cli.md work from a clone', () => {
  it.each(['README.md', 'docs/cli.md', 'docs/national-supplement.md', 'packages/cli/README.md'])(
    '%s',
    async (file) => {
      const list = documented(file);
      expect(list.length).toBeGreaterThan(0);
      const files = memoryFiles(ROOT);
      for (const c of list) {
        const r = await cli(c.args, { files });
        expect({ line: c.line, code: r.code, stderr: r.stderr }).toEqual({
          line: c.line,
          code: c.exit,
          stderr: '',
        });
      }
    },
  );
});
