import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { tonePinyin } from '../../../../domain/speech/pinyin';
import { readable } from '../../../../domain/speech/reading';
import { speechSegments } from '../../../../domain/speech/segments';
import { EspeakSynth, NORMAL_WPM, pcmOfWav, type Pcm } from '../../../../renderer/audio/espeak-synth';

const wasmPath = createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm');
const synth = new EspeakSynth(async () => WebAssembly.compile(new Uint8Array(await readFile(wasmPath))));

const rms = (pcm: Pcm) => Math.sqrt(pcm.samples.reduce((sum, s) => sum + s * s, 0) / Math.max(1, pcm.samples.length));

describe('offline speech through espeak-ng WASM', () => {
  it('produces non-silent PCM that grows with the text', { timeout: 30_000 }, async () => {
    const short = await synth.pcm(tonePinyin(readable('保洁')), { wordsPerMinute: NORMAL_WPM });
    const long = await synth.pcm(tonePinyin(readable('小区保洁，35元/小时，日结，合川区南津街')), {
      wordsPerMinute: NORMAL_WPM,
    });
    expect(short.sampleRate).toBeGreaterThanOrEqual(16_000);
    expect(short.samples.length).toBeGreaterThan(short.sampleRate / 4);
    expect(rms(short)).toBeGreaterThan(300);
    expect(rms(long)).toBeGreaterThan(300);
    expect(long.samples.length).toBeGreaterThan(short.samples.length * 3);
  });

  it('reads slower in elder mode: the same text takes longer', { timeout: 30_000 }, async () => {
    const text = tonePinyin('装卸工人');
    const normal = await synth.pcm(text, { wordsPerMinute: NORMAL_WPM });
    const slow = await synth.pcm(text, { wordsPerMinute: 100 });
    expect(slow.samples.length).toBeGreaterThan(normal.samples.length * 1.2);
  });

  it('reads English with the English voice, not the pinyin one', { timeout: 30_000 }, async () => {
    const english = await synth.pcm('Cleaner, 200 yuan per day, daily pay', {
      wordsPerMinute: NORMAL_WPM,
      voice: 'en',
    });
    expect(rms(english)).toBeGreaterThan(300);
    // The pinyin voice spells unknown Latin words letter by letter: the same words take far longer.
    const spelled = await synth.pcm('Cleaner, 200 yuan per day, daily pay', { wordsPerMinute: NORMAL_WPM });
    expect(english.samples.length).not.toBe(spelled.samples.length);
  });

  it('joins the segments of an English utterance into one WAV as long as its parts', { timeout: 60_000 }, async () => {
    const segments = speechSegments('小区保洁. 200 CNY/day, Daily pay', 'en');
    expect(segments.map((s) => s.voice)).toEqual(['cmn', 'en']);
    const whole = pcmOfWav(await synth.wavOfSegments(segments, { wordsPerMinute: NORMAL_WPM }));
    let parts = 0;
    for (const s of segments)
      parts += (await synth.pcm(s.text, { wordsPerMinute: NORMAL_WPM, voice: s.voice })).samples.length;
    expect(whole.samples.length).toBe(parts);
    expect(rms(whole)).toBeGreaterThan(300);
  });
});
