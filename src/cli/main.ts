/**
 * The `dudao` command. Only this folder touches `node:*`.
 * @module
 */
import process from 'node:process';

const USAGE = `dudao: China's county-level education supervision standards (督导)

Usage:
  dudao sets                      list the built-in indicator sets
  dudao assess <set-id> <file>    assess a county dataset (--format md|json)

Run "dudao <command> --help" for a command's options.`;

process.stdout.write(`${USAGE}\n`);
