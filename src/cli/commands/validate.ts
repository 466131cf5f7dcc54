/**
 * `dudao validate <file>`: check a compulsory-education dataset, a preschool dataset or an issue
 * ledger, and print every problem with its path (exit 1), or "valid / 校验通过" and the kind.
 */
import process from 'node:process';
import { loadLedger } from '../../ledger/fold.js';
import { parseCompulsoryDataset } from '../../schema/compulsory.js';
import { parsePreschoolDataset } from '../../schema/preschool.js';
import { EXIT_OK, readJson, type SpreadsheetCommand, UsageError } from '../shared.js';
import { isXlsxFile } from '../xlsx.js';
import {
  CSV_INPUT_OPTIONS,
  isCsvFile,
  readCompulsoryCsvFile,
  readCompulsoryXlsxFile,
  rejectXls,
} from './template.js';

/** The kinds of document `validate` recognises, and how it names them. */
type DocumentKind = 'compulsory' | 'preschool' | 'ledger';

// A ledger has `events`, a preschool dataset `kindergartens`; anything else is checked as a
// compulsory dataset, so that a stray object is reported against the most common schema.
function kindOf(data: unknown): DocumentKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'compulsory';
  if ('events' in data) return 'ledger';
  if ('kindergartens' in data) return 'preschool';
  return 'compulsory';
}

/** What is checked and what is printed for each kind. */
function check(kind: DocumentKind, data: unknown): string {
  switch (kind) {
    case 'ledger': {
      // loadLedger also replays: an impossible transition is invalid input at `events[i]`.
      const { document, state } = loadLedger(data);
      return `issue ledger / 整改台账: ${document.events.length} events, ${state.issues.length} issues`;
    }
    case 'preschool': {
      const dataset = parsePreschoolDataset(data);
      return `preschool dataset / 学前教育数据: ${dataset.county.name} (${dataset.county.code}) ${dataset.year}, ${dataset.kindergartens.length} kindergartens`;
    }
    case 'compulsory': {
      const dataset = parseCompulsoryDataset(data);
      return `compulsory-education dataset / 义务教育数据: ${dataset.county.name} (${dataset.county.code}) ${dataset.year}, ${dataset.schools.length} schools`;
    }
  }
}

/** The `validate` command (数据校验). */
export const validateCommand: SpreadsheetCommand = {
  name: 'validate',
  summary: 'check a dataset or ledger (数据校验); print every problem with its path',
  help: `dudao validate <file>

Check a file (数据校验) and say what it is:
  - a compulsory-education dataset (义务教育数据, data contract section 1),
  - a preschool dataset (学前教育数据): it has "kindergartens",
  - an issue ledger (整改台账, section 3): it has "events"; its history is replayed as well, so an
    impossible transition (e.g. closing an issue that was never raised) is reported at events[i].
Every problem is printed with its field path, in English and Chinese; the exit code is 1 when
there is any, 0 when the file is valid. A .csv file or an .xlsx workbook (its first sheet) is
read as a compulsory-education table (see dudao template); every bad cell is printed with its
sheet, row and column, and the file needs --county-code, --county-name and --year.`,
  options: [...CSV_INPUT_OPTIONS],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) throw new UsageError('validate needs a file');
    if (args.positional.length > 1) throw new UsageError('validate checks one file at a time');
    rejectXls(file);
    const report = (data: unknown): number => {
      const kind = check(kindOf(data), data);
      process.stdout.write(`${file}: valid / 校验通过\nkind: ${kind}\n`);
      return EXIT_OK;
    };
    if (isXlsxFile(file)) return readCompulsoryXlsxFile(file, args).then(report);
    return report(isCsvFile(file) ? readCompulsoryCsvFile(file, args) : readJson(file));
  },
};
