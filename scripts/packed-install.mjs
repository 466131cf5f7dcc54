// Installs dudao as an application does, from the tarball `npm pack` makes, into a temporary
// directory outside the repository, with no network: the install is `npm ci --prefer-offline`
// from a lockfile written from this repository's own (the same versions `npm ci` put in the npm
// cache). Used by check-consumers.mjs (the type declarations) and check-installed.mjs (the
// command line after `npm install dudao`).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A failure that stops a check: its message is printed as it is, with no stack. */
export class CheckFailure extends Error {}

export function fail(message) {
  throw new CheckFailure(message);
}

/** Runs a command to its end; its output (stdout then stderr) trimmed. */
export function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

// The lock entries of the packages `names` need, from this repository's lockfile, found where
// Node would find them (nested first, then hoisted), with every package they need in turn.
function lockClosure(lock, names) {
  const packages = {};
  const locate = (name, from) => {
    let base = from;
    for (;;) {
      const key = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
      if (lock.packages[key] !== undefined) return key;
      if (base === '') return undefined;
      base = base.slice(0, base.lastIndexOf('node_modules/')).replace(/\/$/, '');
    }
  };
  const pending = names.map((name) => [name, '', true]);
  while (pending.length > 0) {
    const [name, from, required] = pending.pop();
    const key = locate(name, from);
    if (key === undefined) {
      if (required) fail(`package-lock.json has no entry for ${name} (needed by ${from || 'dudao'})`);
      continue;
    }
    if (packages[key] !== undefined) continue;
    // Whether a package is only for development is the consumer's to work out, not ours.
    const { dev, devOptional, peer, ...entry } = lock.packages[key];
    packages[key] = entry;
    const optionalPeers = entry.peerDependenciesMeta ?? {};
    for (const dep of Object.keys(entry.dependencies ?? {})) pending.push([dep, key, true]);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) pending.push([dep, key, false]);
    for (const dep of Object.keys(entry.peerDependencies ?? {})) {
      pending.push([dep, key, optionalPeers[dep]?.optional !== true]);
    }
  }
  return packages;
}

/**
 * Packs dudao (one `npm pack` into `work`) and installs the tarball into `work` with its
 * dependencies, zod (a peer dependency) at the version this repository tests with, and the
 * devDependencies named in `alsoFromDev` (e.g. `@types/node`, or `docx`, an optional peer
 * dependency).
 * @param {string} work - an empty temporary directory
 * @param {{ name: string, alsoFromDev?: string[] }} options - the consumer's name, extra packages
 * @returns {{ tarball: string }} the tarball's file name
 */
export function installPacked(work, { name, alsoFromDev = [] }) {
  const packed = run('npm', ['pack', '--json', '--pack-destination', work], root);
  if (packed.status !== 0) fail(`npm pack failed:\n${packed.output}`);
  const [tarball] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

  const dependencies = { dudao: `file:${tarball.filename}`, zod: pkg.devDependencies.zod };
  for (const dev of alsoFromDev) dependencies[dev] = pkg.devDependencies[dev];
  const consumer = { name, version: '0.0.0', private: true, dependencies };
  writeFileSync(join(work, 'package.json'), `${JSON.stringify(consumer, null, 2)}\n`);
  const dudaoEntry = {
    version: pkg.version,
    resolved: `file:${tarball.filename}`,
    integrity: tarball.integrity,
    license: pkg.license,
    dependencies: pkg.dependencies,
    peerDependencies: pkg.peerDependencies,
    peerDependenciesMeta: pkg.peerDependenciesMeta,
    bin: pkg.bin,
    engines: pkg.engines,
  };
  const consumerLock = {
    name,
    version: consumer.version,
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name, version: consumer.version, dependencies },
      'node_modules/dudao': dudaoEntry,
      ...lockClosure(lock, [...Object.keys(pkg.dependencies), 'zod', ...alsoFromDev]),
    },
  };
  writeFileSync(join(work, 'package-lock.json'), `${JSON.stringify(consumerLock, null, 2)}\n`);
  const installed = run(
    'npm',
    ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    work,
  );
  if (installed.status !== 0) {
    fail(
      `npm ci of ${tarball.filename} failed (it reads the npm cache first; run \`npm ci\` in the repository to fill it):\n${installed.output}`,
    );
  }
  return { tarball: tarball.filename };
}
