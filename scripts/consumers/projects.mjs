// Throw-away consumer projects: the packages packed with `npm pack` and installed from the tarballs into folders
// under the OS temp dir, far from the monorepo, so nothing resolves through the workspace's node_modules.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);

/**
 * The environment of a consumer's commands: none of the `npm_*` variables that `npm test` sets for this repository
 * (`npm_config_local_prefix` would point npm back at it), except where the npm cache lives.
 */
export function consumerEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('npm_') || key === 'npm_config_cache',
    ),
  );
}

/** Runs a command; resolves to `{ ok, output }` and never throws. */
export async function runCommand(command, args, cwd, timeout = 120_000) {
  try {
    const { stdout, stderr } = await exec(command, args, {
      cwd,
      env: consumerEnv(),
      timeout,
      maxBuffer: 16 * 1024 * 1024,
    });
    return { ok: true, output: `${stdout}${stderr}`.trim() };
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error.message);
    return { ok: false, output };
  }
}

/** Packs the packages (already built) into `dir`; returns `{ '@ntm/domain': '/…/ntm-domain-0.1.0.tgz', … }`. */
export async function packPackages(root, packages, dir) {
  await mkdir(dir, { recursive: true });
  const args = ['pack', '--json', '--pack-destination', dir, '--loglevel=error'];
  for (const name of packages) args.push('-w', `@ntm/${name}`);
  const { stdout } = await exec('npm', args, { cwd: root, maxBuffer: 16 * 1024 * 1024 });
  return Object.fromEntries(JSON.parse(stdout).map((p) => [p.name, join(dir, p.filename)]));
}

/**
 * Creates a project in `dir` and installs the given tarballs in one `npm install` (the npm cache makes it fast;
 * third-party dependencies come from the registry). `withoutPeers` installs no peer dependency, as an app that
 * never installed zod. Throws with npm's output when the install fails.
 */
export async function createProject(dir, name, tarballs, { withoutPeers = false } = {}) {
  await mkdir(dir, { recursive: true });
  const pkg = { name, version: '0.0.0', private: true, description: 'ntm-sdk consumer check' };
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const args = ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  if (withoutPeers) args.push('--legacy-peer-deps');
  const result = await runCommand('npm', [...args, ...tarballs], dir, 300_000);
  if (!result.ok) throw new Error(`npm install in ${dir} failed:\n${result.output}`);
  if (withoutPeers && existsSync(join(dir, 'node_modules/zod')))
    throw new Error(`${dir}: zod was installed although no package was meant to bring it`);
}
