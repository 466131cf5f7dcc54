/** `dudao sets`: the built-in indicator sets. */
import process from 'node:process';
import { builtInIndicatorSets } from '../../indicators/built-in.js';
import { type Command, EXIT_OK } from '../shared.js';

export const setsCommand: Command = {
  name: 'sets',
  summary: 'list the built-in indicator sets (指标体系)',
  help: `dudao sets

List the built-in indicator sets (指标体系): id, version and name.`,
  options: [],
  run: () => {
    for (const set of Object.values(builtInIndicatorSets)) {
      process.stdout.write(`${set.id}\t${set.version}\t${set.name.zh} / ${set.name.en}\n`);
    }
    return EXIT_OK;
  },
};
