// The real espeak-ng WebAssembly synthesiser, run in Node: what the kiosk's
// speech worker produces for a posting's pinyin.
import { describe, expect, it } from 'vitest';
import { toSpeech } from '../../../domain/speech';
import { EspeakSynth } from '../../../renderer/audio/espeak-synth';
import type { Pcm } from '../../../renderer/audio/wav';
import { compileEspeakInNode } from './node-wasm';

const synth = new EspeakSynth(compileEspeakInNode);

function rms(pcm: Pcm): number {
  let sum = 0;
  for (const s of pcm.samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, pcm.samples.length));
}

function peak(pcm: Pcm): number {
  let max = 0;
  for (const s of pcm.samples) max = Math.max(max, Math.abs(s));
  return max;
}

describe('offline synthesis with espeak-ng (WASM)', () => {
  it('produces audible PCM for a posting line', async () => {
    const pcm = await synth.synthesise(toSpeech('装卸工，35元/小时，日结').pinyin, 'normal');
    expect(pcm.sampleRate).toBe(22_050);
    // Longer than a second of speech, clearly above silence.
    expect(pcm.samples.length).toBeGreaterThan(pcm.sampleRate);
    expect(peak(pcm)).toBeGreaterThan(0.1);
    expect(rms(pcm)).toBeGreaterThan(0.01);
  });

  it('makes more audio for more text', async () => {
    const short = await synth.synthesise(toSpeech('保洁').pinyin, 'normal');
    const medium = await synth.synthesise(toSpeech('保洁员，日结，200元/天').pinyin, 'normal');
    const long = await synth.synthesise(
      toSpeech('保洁员，日结，200元/天。2026-12-03 8:30到沙坪坝区，联系李女士138****1234。').pinyin,
      'normal',
    );
    expect(short.samples.length).toBeGreaterThan(0);
    expect(medium.samples.length).toBeGreaterThan(short.samples.length * 2);
    expect(long.samples.length).toBeGreaterThan(medium.samples.length * 2);
  });

  it('speaks more slowly in elder mode', async () => {
    const pinyin = toSpeech('搬运工，每天三百元').pinyin;
    const normal = await synth.synthesise(pinyin, 'normal');
    const elder = await synth.synthesise(pinyin, 'elder');
    expect(elder.samples.length).toBeGreaterThan(normal.samples.length * 1.15);
  });

  it('says different syllables differently (not one canned sound)', async () => {
    const a = await synth.synthesise('bao3 jie2', 'normal');
    const b = await synth.synthesise('zhuang1 xie4', 'normal');
    const n = Math.min(a.samples.length, b.samples.length);
    let diff = 0;
    for (let i = 0; i < n; i++) diff += Math.abs((a.samples[i] ?? 0) - (b.samples[i] ?? 0));
    expect(diff / n).toBeGreaterThan(0.005);
  });

  it('returns no samples for text with nothing to say', async () => {
    const pcm = await synth.synthesise('   ', 'normal');
    expect(pcm.samples.length).toBe(0);
  });
});
