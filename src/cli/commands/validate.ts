/** `dudao validate <file>`: check a dataset and print every problem with its path. */
import process from 'node:process';
import { parseCompulsoryDataset } from '../../schema/compulsory.js';
import { parsePreschoolDataset } from '../../schema/preschool.js';
import { type Command, EXIT_OK, readJson, UsageError } from '../shared.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a dataset (数据校验); print every problem with its path',
  help: `dudao validate <file>

Check a compulsory-education or preschool dataset (数据校验). Every problem is printed with
its field path, in English and Chinese; the exit code is 1 when there is any.`,
  options: [],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) throw new UsageError('validate needs a file');
    const data = readJson(file);
    if (data !== null && typeof data === 'object' && 'kindergartens' in data) parsePreschoolDataset(data);
    else parseCompulsoryDataset(data);
    process.stdout.write(`${file}: valid / 校验通过\n`);
    return EXIT_OK;
  },
};
