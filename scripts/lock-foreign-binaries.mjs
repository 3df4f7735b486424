#!/usr/bin/env node
// Keeps package-lock.json acceptable to `npm ci` everywhere.
//
// Tools such as biome and rollup ship one optional binary package per platform. The registry our machines use serves
// only the linux-x64 ones, so `npm install` leaves the others out of the lock file, and `npm ci` then refuses the lock
// ("Missing: … from lock file"). This script adds a lock entry for each such binary, with the platform (os, cpu, libc)
// its name states, so npm ci accepts the lock and skips those packages on a machine they do not fit.
// Run it after any `npm install` that changes the lock: `node scripts/lock-foreign-binaries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const packages = lock.packages;

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
  'win32',
];
const CPU = {
  arm64: 'arm64',
  x64: 'x64',
  arm: 'arm',
  ia32: 'ia32',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  64: 'x64',
  'arm-eabi': 'arm',
  gnueabihf: 'arm',
  musleabihf: 'arm',
  mips64el: 'mips64el',
  wasm32: 'wasm32',
};

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const osPart = parts.find((p) => OS.includes(p) || p === 'windows');
  const os = osPart === 'windows' ? 'win32' : osPart;
  const cpuPart = parts.find((p) => p in CPU) ?? (parts.includes('eabi') ? 'arm' : undefined);
  if (!os || !cpuPart) return undefined;
  const platform = { os: [os], cpu: [CPU[cpuPart]] };
  if (os === 'linux') platform.libc = [name.includes('musl') ? 'musl' : 'glibc'];
  return platform;
}

let added = 0;
for (const [path, entry] of Object.entries({ ...packages })) {
  for (const [dep, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = path === '' ? '' : `${path}/`;
    const target = `${base}node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (packages[target] || packages[hoisted]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    // An exact version pin is what these meta-packages use; anything else is left for a person to look at.
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue;
    packages[hoisted] = { version: spec, optional: true, ...platform };
    added += 1;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1)),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lock-foreign-binaries: ${added} entries added`);
