/**
 * A national run (slow: about half a minute of two cores): 10,000 small counties, made from the
 * example county with their own codes and names, assessed by the command line as a stream.
 * `--format json` on the JSON array (before: `RangeError: Invalid string length`, exit 1 and a
 * stack trace) writes one JSON array, read here as it arrives; `--format jsonl` on the JSON Lines
 * file writes one parseable line per county to `--out`. Peak memory (maxRSS, reported by the
 * child when `DUDAO_DEBUG_MEMORY=1`) stays flat: 10,000 counties take no more than 1.5 times what
 * 1,000 take, where holding the counties' assessments would take gigabytes.
 */
import { spawn } from 'node:child_process';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli } from './run.js';

const cli = useCli('dudao-stream-');

const COUNTIES = 10_000;

/** `count` small counties: the example county's first school, each county its own code and name. */
function counties(count: number): string[] {
  const example = JSON.parse(readFileSync(join(ROOT, 'examples/county-compulsory.json'), 'utf8'));
  return Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      ...example,
      county: { code: String(100_000 + i), name: `示例县${i}（示例数据）` },
      schools: example.schools.slice(0, 1),
    }),
  );
}

interface Run {
  readonly status: number | null;
  readonly stderr: string;
  /** Peak resident set size of the child, KiB. */
  readonly maxRss: number;
}

/** Runs the CLI with its memory report on; `onLine` receives standard output line by line. */
function runStreaming(args: readonly string[], onLine: (line: string) => void = () => {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli.script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DUDAO_DEBUG_MEMORY: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY }).on('line', onLine);
    child.on('error', reject);
    child.on('close', (status) => {
      const text = Buffer.concat(stderr).toString('utf8');
      const match = /^dudao: maxRSS (\d+) KiB$/m.exec(text);
      resolve({ status, stderr: text, maxRss: match === null ? Number.NaN : Number(match[1]) });
    });
  });
}

/**
 * Reads a pretty-printed JSON array as it arrives: `[`, then each element from its `  {` line to
 * its `  }` or `  },` line, parsed on its own, then `]`. Returns the elements' county codes.
 */
function arrayReader(): { readonly onLine: (line: string) => void; readonly finish: () => string[] } {
  const codes: string[] = [];
  let element: string[] | null = null;
  let state: 'start' | 'items' | 'end' = 'start';
  const onLine = (line: string): void => {
    if (state === 'start') {
      expect(line).toBe('[');
      state = 'items';
    } else if (state === 'end') {
      throw new Error(`text after the array: ${line.slice(0, 80)}`);
    } else if (element === null) {
      if (line === ']') state = 'end';
      else {
        expect(line).toBe('  {');
        element = [line];
      }
    } else if (line === '  }' || line === '  },') {
      element.push('  }');
      codes.push((JSON.parse(element.join('\n')) as { county: { code: string } }).county.code);
      element = null;
    } else element.push(line);
  };
  return {
    onLine,
    finish: () => {
      expect(state).toBe('end');
      return codes;
    },
  };
}

async function linesOf(file: string): Promise<string[]> {
  const codes: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    codes.push((JSON.parse(line) as { county: { code: string } }).county.code);
  }
  return codes;
}

const expectedCodes = (count: number) => Array.from({ length: count }, (_, i) => String(100_000 + i));

describe('slow: 10,000 counties through dudao assess as a stream', () => {
  it('json and jsonl parse, county by county, and memory does not grow with the counties', async () => {
    const many = counties(COUNTIES);
    const arrayFile = join(cli.dir, 'nation.json');
    writeFileSync(arrayFile, `[${many.join(',\n')}]\n`);
    const linesFile = join(cli.dir, 'nation.jsonl');
    writeFileSync(linesFile, `${many.join('\n')}\n`);
    const fewFile = join(cli.dir, 'province.jsonl');
    writeFileSync(fewFile, `${many.slice(0, COUNTIES / 10).join('\n')}\n`);

    const array = arrayReader();
    const jsonlOut = join(cli.dir, 'nation-assessments.jsonl');
    const fewOut = join(cli.dir, 'province-assessments.jsonl');
    const set = 'compulsory-quality-2017';
    const [json, jsonl, few] = await Promise.all([
      runStreaming(['assess', set, arrayFile, '--format', 'json'], array.onLine),
      runStreaming(['assess', set, linesFile, '--format', 'jsonl', '--out', jsonlOut]),
      runStreaming(['assess', set, fewFile, '--format', 'jsonl', '--out', fewOut]),
    ]);

    for (const run of [json, jsonl, few]) {
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/^dudao: maxRSS \d+ KiB\n$/);
    }
    expect(array.finish()).toEqual(expectedCodes(COUNTIES));
    expect(await linesOf(jsonlOut)).toEqual(expectedCodes(COUNTIES));
    expect(await linesOf(fewOut)).toEqual(expectedCodes(COUNTIES / 10));

    // Ten times the counties, at most half as much memory again (measured: about 1.1 times).
    expect(json.maxRss).toBeLessThan(1.5 * few.maxRss);
    expect(jsonl.maxRss).toBeLessThan(1.5 * few.maxRss);
  }, 600_000);
});
