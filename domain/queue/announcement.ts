// The lobby announcement "请 A023 号 到 2 号窗口 办理" (DESIGN §4), as the
// sequence of pre-rendered clips to join and the text to show and to hand a
// platform voice. How the numbers are read follows Chinese halls: the ticket
// number digit by digit, zeros included (A023 → A 零二三号, never 二十三), the
// window as a number (2 → 二号窗口, 12 → 十二号窗口, 20 → 二十号窗口).
import { parseDisplayNumber } from './numbering';

const DIGIT_ZH = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** Every clip key and what it says (the script renders each; `chime` is a tone, not speech). */
export const CLIP_TEXT: Readonly<Record<string, string>> = Object.freeze({
  chime: '',
  qing: '请',
  hao: '号',
  dao: '到',
  'hao-chuangkou': '号窗口',
  banli: '办理',
  ...Object.fromEntries(LETTERS.map((l) => [`letter-${l}`, l])),
  ...Object.fromEntries(DIGIT_ZH.map((zh, d) => [`digit-${d}`, zh])),
  // Window numbers are composed from these: 十二 = num-10 num-2, 二十 = num-2 num-10.
  ...Object.fromEntries(DIGIT_ZH.slice(1).map((zh, i) => [`num-${i + 1}`, zh])),
  'num-10': '十',
});

export const CLIP_KEYS: readonly string[] = Object.freeze(Object.keys(CLIP_TEXT));

export interface Announcement {
  /** Clips in the order to play them. */
  readonly clips: readonly string[];
  /** What the display shows beside the flash. */
  readonly text: string;
  /** The words as spoken, for a platform voice (numbers spelled as they are read). */
  readonly spoken: string;
}

/** A window number 1..99 read as a Chinese numeral, as clip keys. */
export function windowNumberClips(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`窗口号须为 1–99：${n} / window number must be 1..99: ${n}`);
  }
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const out: string[] = [];
  if (tens > 1) out.push(`num-${tens}`);
  if (tens >= 1) out.push('num-10');
  if (units > 0) out.push(`num-${units}`);
  return out;
}

function spokenOf(keys: readonly string[]): string {
  return keys.map((k) => CLIP_TEXT[k] ?? '').join('');
}

export function announcementParts(display: string, windowNumber: number): Announcement {
  const { lane } = parseDisplayNumber(display);
  const digits = display.slice(1).split('');
  const numberClips = [`letter-${lane}`, ...digits.map((d) => `digit-${d}`)];
  const windowClips = windowNumberClips(windowNumber);
  const clips = ['chime', 'qing', ...numberClips, 'hao', 'dao', ...windowClips, 'hao-chuangkou', 'banli'];
  return {
    clips,
    text: `请 ${display} 号 到 ${windowNumber} 号窗口 办理`,
    spoken: `请 ${spokenOf(numberClips)}号 到 ${spokenOf(windowClips)}号窗口 办理`,
  };
}
