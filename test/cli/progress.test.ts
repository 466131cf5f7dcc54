/**
 * The progress bar draws on a terminal only, rewrites one line, and clears it at the end.
 */
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progress.js';

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (text: string) => written.push(text) }, written };
}

describe('progressBar', () => {
  it('draws nothing when standard error is not a terminal', () => {
    const { stream, written } = fakeStream(false);
    const bar = progressBar(10, 'assessing', { stream });
    for (let i = 0; i < 10; i += 1) bar.tick();
    bar.done();
    expect(written).toEqual([]);
  });

  it('draws nothing for a run of one item', () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(1, 'assessing', { stream });
    bar.tick();
    bar.done();
    expect(written).toEqual([]);
  });

  it('redraws at most once per interval, always at the end, then clears the line', () => {
    const { stream, written } = fakeStream(true);
    let clock = 0;
    const bar = progressBar(4, 'assessing 评估', { stream, now: () => clock, interval: 100, width: 4 });
    bar.tick(); // t = 0: first draw
    clock = 50;
    bar.tick(); // too soon: no draw
    clock = 150;
    bar.tick(); // due: draw
    clock = 160;
    bar.tick(); // last item: draw even though too soon
    bar.done();
    expect(written).toEqual([
      '\rassessing 评估 [█░░░] 1/4 25%',
      '\rassessing 评估 [███░] 3/4 75%',
      '\rassessing 评估 [████] 4/4 100%',
      '\r\x1b[2K',
    ]);
  });

  it('never counts past the total', () => {
    const { stream, written } = fakeStream(true);
    const bar = progressBar(2, 'x', { stream, now: () => 0, width: 2 });
    bar.tick(5);
    expect(written).toEqual(['\rx [██] 2/2 100%']);
  });
});
