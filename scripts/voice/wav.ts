// Just enough WAV (RIFF, PCM 16-bit) to read espeak-ng's output and write the
// clips the display joins: mono samples as Int16Array, little-endian.

export interface PcmClip {
  readonly sampleRate: number;
  readonly samples: Int16Array;
}

function ascii(bytes: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + n));
}

/** Reads a PCM 16-bit WAV; several channels are mixed down to one. */
export function readWav(bytes: Uint8Array): PcmClip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WAVE') {
    throw new Error('不是 WAV 文件 / not a WAV file');
  }
  let at = 12;
  let channels = 0;
  let sampleRate = 0;
  let bits = 0;
  let data: Uint8Array | null = null;
  while (at + 8 <= bytes.length) {
    const id = ascii(bytes, at, 4);
    // espeak-ng writing to a pipe leaves sizes unset; clamp to what is there.
    const size = Math.min(view.getUint32(at + 4, true), bytes.length - at - 8);
    if (id === 'fmt ') {
      if (view.getUint16(at + 8, true) !== 1) throw new Error('仅支持 PCM / only PCM WAV is supported');
      channels = view.getUint16(at + 10, true);
      sampleRate = view.getUint32(at + 12, true);
      bits = view.getUint16(at + 22, true);
    } else if (id === 'data') {
      data = bytes.subarray(at + 8, at + 8 + size);
    }
    at += 8 + size + (size % 2);
  }
  if (data === null || channels === 0 || bits !== 16) throw new Error('WAV 格式不受支持 / unsupported WAV layout');
  const frames = Math.floor(data.length / (2 * channels));
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const samples = new Int16Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += dv.getInt16((i * channels + c) * 2, true);
    samples[i] = Math.round(sum / channels);
  }
  return { sampleRate, samples };
}

export function writeWav(clip: PcmClip): Uint8Array {
  const dataBytes = clip.samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i);
  };
  put(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  put(8, 'WAVE');
  put(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, clip.sampleRate, true);
  view.setUint32(28, clip.sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  put(36, 'data');
  view.setUint32(40, dataBytes, true);
  clip.samples.forEach((s, i) => {
    view.setInt16(44 + i * 2, s, true);
  });
  return out;
}

/** Linear-interpolation resampling; espeak-ng's 22.05 kHz speech has little above 8 kHz to alias. */
export function resample(clip: PcmClip, rate: number): PcmClip {
  if (clip.sampleRate === rate) return clip;
  const n = Math.floor((clip.samples.length * rate) / clip.sampleRate);
  const out = new Int16Array(n);
  const step = clip.sampleRate / rate;
  for (let i = 0; i < n; i++) {
    const pos = i * step;
    const lo = Math.floor(pos);
    const a = clip.samples[lo] ?? 0;
    const b = clip.samples[lo + 1] ?? a;
    out[i] = Math.round(a + (b - a) * (pos - lo));
  }
  return { sampleRate: rate, samples: out };
}

/** Cut leading and trailing silence, keeping `marginMs` either side, so joined clips flow. */
export function trimSilence(clip: PcmClip, threshold = 400, marginMs = 25): PcmClip {
  const { samples } = clip;
  let start = 0;
  while (start < samples.length && Math.abs(samples[start] ?? 0) < threshold) start++;
  let end = samples.length;
  while (end > start && Math.abs(samples[end - 1] ?? 0) < threshold) end--;
  const margin = Math.round((clip.sampleRate * marginMs) / 1000);
  return {
    sampleRate: clip.sampleRate,
    samples: samples.slice(Math.max(0, start - margin), Math.min(samples.length, end + margin)),
  };
}

export function durationMs(clip: PcmClip): number {
  return Math.round((clip.samples.length * 1000) / clip.sampleRate);
}
