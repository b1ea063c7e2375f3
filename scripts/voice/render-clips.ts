// Renders the lobby announcement clips (DESIGN §4: offline voice from
// pre-rendered clips joined in order) into assets/voice/: one 16 kHz mono WAV
// per clip key of domain/queue/announcement, a synthesised chime, and
// manifest.json (key → file, duration). Run: npx tsx scripts/voice/render-clips.ts
//
// Voices: Debian's espeak-ng `cmn` voice reads many characters (请, 号, 零, 办理)
// through its English fallback, so syllables are given as tone-numbered
// pinyin to the `cmn-latn-pinyin` voice (the same Mandarin voice, Latin read as
// pinyin); letters use `cmn`, which says them the way Chinese halls do (A → ei).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLIP_KEYS } from '../../domain/queue/announcement';
import { durationMs, readWav, resample, trimSilence, writeWav, type PcmClip } from './wav';

export const SAMPLE_RATE = 16_000;
const OUT_DIR = join(import.meta.dirname, '../../assets/voice');

const DIGIT_PINYIN = ['ling2', 'yi1', 'er4', 'san1', 'si4', 'wu3', 'liu4', 'qi1', 'ba1', 'jiu3'];

const PHRASE_PINYIN: Readonly<Record<string, string>> = {
  qing: 'qing3',
  hao: 'hao4',
  dao: 'dao4',
  'hao-chuangkou': 'hao4 chuang1kou3',
  banli: 'ban4li3',
  'num-10': 'shi2',
};

/** Keys that say the same as another key share its file. */
function sameAs(key: string): string | null {
  const m = /^num-([1-9])$/.exec(key);
  return m ? `digit-${m[1] ?? ''}` : null;
}

type Source = { kind: 'speech'; voice: string; text: string } | { kind: 'chime' };

export function sourceOf(key: string): Source {
  if (key === 'chime') return { kind: 'chime' };
  const letter = /^letter-([A-Z])$/.exec(key);
  if (letter) return { kind: 'speech', voice: 'cmn', text: letter[1] ?? '' };
  const digit = /^digit-(\d)$/.exec(key);
  if (digit) return { kind: 'speech', voice: 'cmn-latn-pinyin', text: DIGIT_PINYIN[Number(digit[1])] ?? '' };
  const phrase = PHRASE_PINYIN[key];
  if (phrase !== undefined) return { kind: 'speech', voice: 'cmn-latn-pinyin', text: phrase };
  throw new Error(`没有为 ${key} 配置读音 / no pronunciation configured for clip ${key}`);
}

/** Two struck tones (E5 then C5, "叮咚") with a soft attack and an exponential decay. */
export function chime(rate = SAMPLE_RATE): PcmClip {
  const notes = [
    { hz: 659.25, start: 0, length: 0.55 },
    { hz: 523.25, start: 0.38, length: 0.75 },
  ];
  const total = Math.ceil(rate * 1.15);
  const mix = new Float64Array(total);
  for (const note of notes) {
    const first = Math.floor(note.start * rate);
    const n = Math.floor(note.length * rate);
    for (let i = 0; i < n && first + i < total; i++) {
      const t = i / rate;
      const envelope = Math.min(1, t / 0.008) * Math.exp(-t * 4.5);
      const tone = Math.sin(2 * Math.PI * note.hz * t) + 0.25 * Math.sin(4 * Math.PI * note.hz * t);
      mix[first + i] = (mix[first + i] ?? 0) + 0.45 * envelope * tone;
    }
  }
  const samples = new Int16Array(total);
  mix.forEach((v, i) => {
    samples[i] = Math.round(Math.max(-1, Math.min(1, v)) * 32767 * 0.8);
  });
  return { sampleRate: rate, samples };
}

function speak(voice: string, text: string, dir: string): PcmClip {
  const file = join(dir, 'clip.wav');
  // Slightly slower than default: lobbies echo, and many listeners are older.
  execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', file, text], { stdio: ['ignore', 'ignore', 'pipe'] });
  return trimSilence(resample(readWav(new Uint8Array(readFileSync(file))), SAMPLE_RATE));
}

export interface ClipManifest {
  readonly sampleRate: number;
  readonly channels: 1;
  readonly bitsPerSample: 16;
  readonly clips: Record<string, { readonly file: string; readonly durationMs: number }>;
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'gig-voice-'));
  const manifest: ClipManifest = { sampleRate: SAMPLE_RATE, channels: 1, bitsPerSample: 16, clips: {} };
  try {
    const rendered = new Map<string, { file: string; durationMs: number }>();
    for (const key of CLIP_KEYS.filter((k) => sameAs(k) === null)) {
      const source = sourceOf(key);
      const clip = source.kind === 'chime' ? chime() : speak(source.voice, source.text, tmp);
      const file = `${key}.wav`;
      writeFileSync(join(OUT_DIR, file), writeWav(clip));
      rendered.set(key, { file, durationMs: durationMs(clip) });
    }
    for (const key of CLIP_KEYS) {
      const entry = rendered.get(sameAs(key) ?? key);
      if (entry === undefined) throw new Error(`缺少片段 ${key} / clip ${key} was not rendered`);
      manifest.clips[key] = entry;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  writeFileSync(join(OUT_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.info(`wrote ${Object.keys(manifest.clips).length} clips to ${OUT_DIR}`);
}

// Run only when invoked as a script, so tests can import the pronunciations and the chime.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
