// The platform's own speech (speechSynthesis), used for the words when a
// Chinese voice is installed: it reads more naturally than joined clips.

export interface VoiceLike {
  readonly lang: string;
  readonly name: string;
}

export interface UtteranceLike {
  lang: string;
  voice: VoiceLike | null;
  rate: number;
  addEventListener(type: 'end', listener: () => void): void;
  addEventListener(type: 'error', listener: (event: { readonly error: string }) => void): void;
}

export interface SynthLike {
  getVoices(): readonly VoiceLike[];
  speak(utterance: UtteranceLike): void;
}

export class VoiceError extends Error {
  readonly code = 'voice_failed';
  constructor(readonly reason: string) {
    super(`语音合成失败：${reason} / speech synthesis failed: ${reason}`);
  }
}

/** A Chinese voice (zh-CN first, then any zh/cmn), or null when none is installed. */
export function chineseVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const zh = voices.filter((v) => /^(zh|cmn)\b/i.test(v.lang));
  return zh.find((v) => /^zh[-_]CN$/i.test(v.lang)) ?? zh[0] ?? null;
}

/** An English voice (en-GB or en-US first), or null when none is installed. */
export function englishVoice(voices: readonly VoiceLike[]): VoiceLike | null {
  const en = voices.filter((v) => /^en\b/i.test(v.lang));
  return en.find((v) => /^en[-_](GB|US)$/i.test(v.lang)) ?? en[0] ?? null;
}

export class PlatformVoice {
  constructor(
    private readonly synth: SynthLike,
    private readonly makeUtterance: (text: string) => UtteranceLike,
  ) {}

  /** Voices load asynchronously in Chromium, so this is asked at each announcement. */
  voice(): VoiceLike | null {
    return chineseVoice(this.synth.getVoices());
  }

  speak(text: string, voice: VoiceLike): Promise<void> {
    return new Promise((resolve, reject) => {
      const u = this.makeUtterance(text);
      u.lang = voice.lang;
      u.voice = voice;
      // A little slower than default: the lobby is noisy and many listeners are older.
      u.rate = 0.9;
      u.addEventListener('end', () => {
        resolve();
      });
      u.addEventListener('error', (event) => {
        reject(new VoiceError(event.error));
      });
      this.synth.speak(u);
    });
  }
}
