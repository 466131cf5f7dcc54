/**
 * A progress bar for long runs (a province or the nation), drawn on standard error only when it
 * is a terminal: piped or redirected output, CI logs and the tests see nothing.
 * @module
 */
import process from 'node:process';

/** Where a progress bar draws: standard error, or a stand-in with the same two members. */
export interface ProgressStream {
  /** True when the stream is a terminal; the bar draws nothing otherwise. */
  readonly isTTY?: boolean | undefined;
  /** Writes text. */
  write(text: string): unknown;
}

/** A progress bar: call `tick` as items finish and `done` at the end. */
export interface Progress {
  /** Records that `count` more items are finished (default 1) and redraws when due. */
  tick(count?: number): void;
  /** Clears the bar's line. */
  done(): void;
}

/** Options of {@link progressBar}. */
export interface ProgressOptions {
  /** The stream to draw on (default: standard error). */
  readonly stream?: ProgressStream;
  /** Fewest items worth a bar (default 2): shorter runs finish before anyone looks. */
  readonly minTotal?: number;
  /** Milliseconds between redraws (default 100); the last item always redraws. */
  readonly interval?: number;
  /** The clock, in milliseconds (default `performance.now`); tests pass their own. */
  readonly now?: () => number;
  /** Width of the bar in characters (default 30). */
  readonly width?: number;
}

const SILENT: Progress = { tick: () => {}, done: () => {} };

/**
 * Creates a progress bar for `total` items, labelled (e.g. `assessing 评估`). Draws
 * `label [█████░░░░░] 12/40 30%` on one line, rewritten in place with a carriage return.
 * @param total - how many items the run has
 * @param label - what is being done
 * @param options - stream, threshold, redraw interval, clock, width
 * @returns the bar; a silent one when the stream is not a terminal or the run is short
 */
export function progressBar(total: number, label: string, options: ProgressOptions = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (stream.isTTY !== true || total < (options.minTotal ?? 2)) return SILENT;
  const interval = options.interval ?? 100;
  const now = options.now ?? (() => performance.now());
  const width = options.width ?? 30;
  let finished = 0;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let drawn = false;
  const draw = (): void => {
    const share = Math.min(1, finished / total);
    const filled = Math.round(share * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    stream.write(`\r${label} [${bar}] ${finished}/${total} ${Math.floor(share * 100)}%`);
    drawn = true;
  };
  return {
    tick: (count = 1) => {
      finished = Math.min(total, finished + count);
      const time = now();
      if (finished === total || time - drawnAt >= interval) {
        drawnAt = time;
        draw();
      }
    },
    done: () => {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
