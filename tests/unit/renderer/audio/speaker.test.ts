import { describe, expect, it } from 'vitest';
import { ClipPlayer } from '../../../../renderer/audio/clip-player';
import {
  chineseVoice,
  PlatformVoice,
  VoiceError,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from '../../../../renderer/audio/platform-voice';
import { createSpeaker } from '../../../../renderer/audio/speaker';
import { FakeAudioContext, fakeFetch } from './fake-audio';

const CALL = { id: 'e1', display: 'A023', windowNumber: 2, atMillis: 0 };

class FakeUtterance implements UtteranceLike {
  lang = '';
  voice: VoiceLike | null = null;
  rate = 1;
  readonly handlers: Record<string, ((event: { readonly error: string }) => void)[]> = {};
  constructor(readonly text: string) {}
  addEventListener(type: 'end' | 'error', listener: (event: { readonly error: string }) => void): void {
    (this.handlers[type] ??= []).push(listener);
  }
  fire(type: 'end' | 'error', error = ''): void {
    for (const h of this.handlers[type] ?? []) h({ error });
  }
}

function fakeSynth(voices: VoiceLike[], outcome: 'end' | 'error' = 'end') {
  const spoken: FakeUtterance[] = [];
  const synth: SynthLike = {
    getVoices: () => voices,
    speak: (u) => {
      if (!(u instanceof FakeUtterance)) throw new Error('the voice made its utterance elsewhere');
      const fake = u;
      spoken.push(fake);
      queueMicrotask(() => {
        fake.fire(outcome, outcome === 'error' ? 'not-allowed' : '');
      });
    },
  };
  return { synth, spoken, voice: new PlatformVoice(synth, (text) => new FakeUtterance(text)) };
}

function playerWith(context: FakeAudioContext): ClipPlayer {
  // `ended` comes as soon as a source starts, so play() settles without timers.
  const original = context.createBufferSource.bind(context);
  context.createBufferSource = () => {
    const source = original();
    const start = source.start.bind(source);
    source.start = (when) => {
      start(when);
      queueMicrotask(() => {
        context.endAll();
      });
    };
    return source;
  };
  return new ClipPlayer({ context, ...fakeFetch() });
}

describe('createSpeaker', () => {
  it('plays the chime then hands the words to a Chinese platform voice when one is installed', async () => {
    const context = new FakeAudioContext();
    const { voice, spoken } = fakeSynth([
      { lang: 'en-US', name: 'English' },
      { lang: 'zh-CN', name: 'Tingting' },
    ]);
    await createSpeaker({ player: playerWith(context), voice })(CALL);
    expect(context.scheduled.map((s) => s.clip)).toEqual(['chime']);
    expect(spoken.map((u) => [u.text, u.lang])).toEqual([['请 A零二三号 到 二号窗口 办理', 'zh-CN']]);
  });

  it('joins the pre-rendered clips when no Chinese voice is installed', async () => {
    const context = new FakeAudioContext();
    const { voice, spoken } = fakeSynth([{ lang: 'en-GB', name: 'Daniel' }]);
    await createSpeaker({ player: playerWith(context), voice })(CALL);
    expect(spoken).toEqual([]);
    expect(context.scheduled.map((s) => s.clip)).toEqual([
      'chime',
      'qing',
      'letter-A',
      'digit-0',
      'digit-2',
      'digit-3',
      'hao',
      'dao',
      'num-2',
      'hao-chuangkou',
      'banli',
    ]);
  });

  it('stays silent while sound is not enabled, rather than waiting for a sound that will not come', async () => {
    const context = new FakeAudioContext('suspended');
    const { voice, spoken } = fakeSynth([{ lang: 'zh-CN', name: 'Tingting' }]);
    await createSpeaker({ player: playerWith(context), voice })(CALL);
    expect(spoken).toEqual([]);
    expect(context.scheduled).toEqual([]);
  });

  it('reports a voice that refuses to speak as an error', async () => {
    const { voice } = fakeSynth([{ lang: 'zh-CN', name: 'Tingting' }], 'error');
    await expect(createSpeaker({ player: null, voice })(CALL)).rejects.toBeInstanceOf(VoiceError);
  });
});

describe('chineseVoice', () => {
  it('prefers zh-CN, takes another Chinese voice otherwise, and is null without one', () => {
    const tw = { lang: 'zh-TW', name: 'Meijia' };
    const cn = { lang: 'zh-CN', name: 'Tingting' };
    expect(chineseVoice([tw, cn])).toBe(cn);
    expect(chineseVoice([{ lang: 'en-US', name: 'x' }, tw])).toBe(tw);
    expect(chineseVoice([{ lang: 'en-US', name: 'x' }])).toBeNull();
  });
});
