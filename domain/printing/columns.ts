// Fitting text to a thermal roll: 32 half-width cells a line on 58 mm paper,
// 48 on 80 mm, a Chinese character taking two. Lines are broken by cells,
// never inside a character, and text printed at a size multiplier has that
// many times fewer cells.
import { printWidth } from './gbk';

export type PaperWidthMm = 58 | 80;

export const CELLS: Record<PaperWidthMm, number> = { 58: 32, 80: 48 };

/** Break `text` into lines of at most `cells` cells (explicit newlines kept). */
export function wrap(text: string, cells: number): string[] {
  if (cells < 2) throw new RangeError(`行宽太小：${cells} / line width too small: ${cells}`);
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let width = 0;
    for (const ch of paragraph) {
      const w = printWidth(ch);
      if (width + w > cells) {
        out.push(line.trimEnd());
        line = ch === ' ' ? '' : ch;
        width = ch === ' ' ? 0 : w;
        continue;
      }
      line += ch;
      width += w;
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** `label` on the left and `value` on the right of one line, or two lines when they do not fit. */
export function spread(label: string, value: string, cells: number): string[] {
  const gap = cells - printWidth(label) - printWidth(value);
  if (gap >= 1) return [`${label}${' '.repeat(gap)}${value}`];
  return [...wrap(label, cells), ...wrap(value, cells)];
}

export function rule(cells: number, ch = '-'): string {
  return ch.repeat(cells);
}
