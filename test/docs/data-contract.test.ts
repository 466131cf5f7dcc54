/**
 * The data contract page (docs/data-contract.md) shows each document as JSON: every example there
 * must be a valid document of its section, and every field its tables list must be a field the
 * schema knows, so that the page cannot drift from the schemas.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  compulsoryDatasetSchema,
  kindergartenSchema,
  ledgerDocumentSchema,
  loadLedger,
  parseCompulsoryDataset,
  parsePreschoolDataset,
  preschoolDatasetSchema,
  schoolSchema,
} from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const page = readFileSync(join(root, 'docs', 'data-contract.md'), 'utf8').replace(/\r\n/g, '\n');

// The text of each `## N.` section of the page.
function section(number: number): string {
  const start = page.indexOf(`\n## ${number}. `);
  if (start === -1) throw new Error(`no section ${number}`);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

// The JSON examples of a section (```json and ```jsonc, whole-line `//` comments removed).
function examples(text: string): unknown[] {
  const blocks = [...text.matchAll(/```jsonc?\n([\s\S]*?)\n```/g)];
  return blocks.map((block) =>
    JSON.parse(
      (block[1] ?? '')
        .split('\n')
        .filter((line) => !line.trim().startsWith('//'))
        .join('\n'),
    ),
  );
}

// The field names in the first column of the table that follows the heading line in `text`.
function tableFields(text: string, heading: string): string[] {
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no heading ${heading}`);
  const rows = text.slice(start).split('\n').slice(2);
  const table = rows.slice(rows.findIndex((row) => row.startsWith('|')));
  const body = table.slice(
    2,
    table.findIndex((row) => !row.startsWith('|')),
  );
  return body.flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
}

function keysOf(schema: unknown): string[] {
  // zod objects (and refined ones) expose `shape`; refinements keep the inner object in `def.in`.
  const s = schema as { shape?: Record<string, unknown>; def?: { in?: unknown } };
  if (s.shape !== undefined) return Object.keys(s.shape);
  if (s.def?.in !== undefined) return keysOf(s.def.in);
  throw new Error('not an object schema');
}

describe('docs/data-contract.md', () => {
  it('section 1: the example is a valid compulsory-education dataset', () => {
    const found = examples(section(1));
    expect(found).toHaveLength(1);
    const dataset = parseCompulsoryDataset(found[0]);
    expect(dataset.schools[0]?.sections.junior?.pupils).toBe(430);
  });

  it('section 2: the example is a valid preschool dataset', () => {
    const found = examples(section(2));
    expect(found).toHaveLength(1);
    expect(parsePreschoolDataset(found[0]).kindergartens[0]?.children).toBe(420);
  });

  it('section 3: the example is a ledger whose history replays', () => {
    const found = examples(section(3));
    expect(found).toHaveLength(1);
    const { state } = loadLedger(found[0]);
    expect(state.issues.map((issue) => issue.status)).toEqual(['closed']);
  });

  it('lists exactly the fields of each document, school and kindergarten', () => {
    expect(tableFields(section(1), '## 1. Compulsory-education dataset').sort()).toEqual(
      keysOf(compulsoryDatasetSchema)
        .filter((key) => key !== '$schema')
        .sort(),
    );
    expect(tableFields(section(1), '### School').sort()).toEqual(keysOf(schoolSchema).sort());
    expect(tableFields(section(2), '## 2. Preschool dataset').sort()).toEqual(
      keysOf(preschoolDatasetSchema)
        .filter((key) => key !== '$schema')
        .sort(),
    );
    expect(tableFields(section(2), '### Kindergarten').sort()).toEqual(keysOf(kindergartenSchema).sort());
    expect(tableFields(section(3), '## 3. Issue ledger').sort()).toEqual(
      keysOf(ledgerDocumentSchema)
        .filter((key) => key !== '$schema')
        .sort(),
    );
  });
});
