import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CLIP_KEYS, announcementParts, windowNumberClips } from '../../../../domain/queue/announcement';
import { formatDisplayNumber } from '../../../../domain/queue/numbering';
import { readWav } from '../../../../scripts/voice/wav';
import { assertProperty } from '../../../support/property';

const VOICE_DIR = join(import.meta.dirname, '../../../../assets/voice');

interface Manifest {
  sampleRate: number;
  clips: Record<string, { file: string; durationMs: number }>;
}

describe('announcementParts', () => {
  it('reads the ticket number digit by digit and the window as a number', () => {
    expect(announcementParts('A023', 2)).toEqual({
      clips: [
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
      ],
      text: '请 A023 号 到 2 号窗口 办理',
      spoken: '请 A零二三号 到 二号窗口 办理',
    });
  });

  it('says window numbers the Chinese way: 十, 十二, 二十, 二十三', () => {
    expect(windowNumberClips(10)).toEqual(['num-10']);
    expect(windowNumberClips(12)).toEqual(['num-10', 'num-2']);
    expect(windowNumberClips(20)).toEqual(['num-2', 'num-10']);
    expect(announcementParts('B1000', 23).spoken).toBe('请 B一零零零号 到 二十三号窗口 办理');
    expect(() => windowNumberClips(0)).toThrow(/1\.\.99/);
    expect(() => windowNumberClips(100)).toThrow(/1\.\.99/);
  });

  it('refuses a malformed ticket number', () => {
    expect(() => announcementParts('A23', 1)).toThrow(/malformed/);
  });
});

describe('the announcement clips in assets/voice', () => {
  const manifest = JSON.parse(readFileSync(join(VOICE_DIR, 'manifest.json'), 'utf8')) as Manifest;

  it('every clip key has a clip in the manifest, and every file there is a 16 kHz mono WAV', () => {
    expect(Object.keys(manifest.clips).sort()).toEqual([...CLIP_KEYS].sort());
    for (const { file, durationMs } of Object.values(manifest.clips)) {
      const path = join(VOICE_DIR, file);
      expect(existsSync(path)).toBe(true);
      const wav = readWav(new Uint8Array(readFileSync(path)));
      expect(wav.sampleRate).toBe(16_000);
      expect(durationMs).toBeGreaterThan(100);
      expect(Math.abs(wav.samples.length / 16 - durationMs)).toBeLessThanOrEqual(1);
    }
  });

  it('every announcement of any lane, number and window can be played from the manifest', () => {
    for (let w = 1; w <= 99; w++) {
      for (const clip of announcementParts('A001', w).clips) expect(manifest.clips).toHaveProperty([clip]);
    }
    assertProperty(
      fc.property(
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('')),
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 99 }),
        (lane, n, w) => {
          for (const clip of announcementParts(formatDisplayNumber(lane, n), w).clips) {
            expect(manifest.clips).toHaveProperty([clip]);
          }
        },
      ),
    );
  });
});
