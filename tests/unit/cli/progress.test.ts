import stringWidth from 'string-width';
import { Progress, progressLine } from '../../../src/cli/progress';

/** A terminal of `columns` columns that keeps what is written to it. */
const terminal = (columns: number) => {
  const written: string[] = [];
  const out = {
    isTTY: true,
    columns,
    write: (text: string) => written.push(text) > 0,
  } as unknown as NodeJS.WriteStream;
  return { out, written };
};

/** What a redraw leaves on the screen line: the text after `\r`, without the erase-line code. */
const ERASE_LINE = '\x1b[K';
const shown = (chunk: string) => chunk.replace(/^\r/, '').replace(ERASE_LINE, '');

describe('the progress bar', () => {
  it('fits a 60-column terminal, never reaching its last column', () => {
    const { out, written } = terminal(60);
    const progress = new Progress('演示数据生成', 48_000, out, 0, 'commands');
    for (const done of [0, 1_200, 24_000, 47_999]) progress.update(done, true);
    progress.finish(48_000);
    const redraws = written.filter((chunk) => chunk.startsWith('\r'));
    expect(redraws).toHaveLength(5);
    for (const chunk of redraws) {
      expect(chunk).not.toContain('\n');
      expect(stringWidth(shown(chunk))).toBeLessThan(60);
    }
    expect(shown(redraws[4])).toMatch(/^演示数据生成: \[#+\] 100% 48000\/48000 commands/);
  });

  it('shrinks the bar, then drops the rate, then the ETA, then the bar, then cuts', () => {
    const figures = ['12000/48000 commands', '850/s', 'ETA 42 s'];
    const wide = progressLine('demo', 0.25, figures, 100);
    expect(wide).toBe(`demo: [${'#'.repeat(8)}${'.'.repeat(22)}] 25% ${figures.join(', ')}`);
    const narrower = progressLine('demo', 0.25, figures, 58);
    expect(narrower).toMatch(/^demo: \[#+\.+\] 25% 12000\/48000 commands, 850\/s, ETA 42 s$/);
    expect(stringWidth(narrower)).toBe(58);
    expect(progressLine('demo', 0.25, figures, 51)).toMatch(/, ETA 42 s$/);
    expect(progressLine('demo', 0.25, figures, 51)).not.toContain('850/s');
    expect(progressLine('demo', 0.25, figures, 41)).toBe(
      'demo: [##......] 25% 12000/48000 commands',
    );
    expect(progressLine('demo', 0.25, figures, 32)).toBe('demo: 25% 12000/48000 commands');
    expect(progressLine('演示', 0.25, figures, 12)).toBe('演示: 25% 12');
    for (let width = 0; width <= 80; width++) {
      expect(stringWidth(progressLine('演示数据', 0.5, figures, width))).toBeLessThanOrEqual(width);
      expect(stringWidth(progressLine('verify', null, figures, width))).toBeLessThanOrEqual(width);
    }
  });

  it('writes plain lines off a terminal', () => {
    const written: string[] = [];
    const out = { isTTY: false, write: (t: string) => written.push(t) > 0 } as never;
    new Progress('verify', null, out, 0, 'events').finish(10);
    expect(written).toEqual([expect.stringMatching(/^verify: 10 events, \d+\/s\n$/)]);
  });
});
