import { describe, expect, it } from 'vitest';
import { WORK_AREA_IDS } from '../../../../renderer/caller/areas/work-area';
import {
  actionForKey,
  areaForKey,
  areaShortcut,
  shortcutLabel,
  SHORTCUTS,
} from '../../../../renderer/caller/shortcuts';

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean; code: string }> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('caller shortcuts', () => {
  it('never uses the keys Electron or the kiosk window take (F5, F11, F12, Tab)', () => {
    const fkeys = Object.values(SHORTCUTS).map((s) => s.fkey);
    for (const taken of ['F5', 'F11', 'F12', 'Tab']) expect(fkeys).not.toContain(taken);
    expect(new Set(fkeys).size).toBe(fkeys.length);
    const letters = Object.values(SHORTCUTS).map((s) => s.letter);
    expect(new Set(letters).size).toBe(letters.length);
  });

  it('maps function keys always, Alt+letter always, and plain letters only outside text fields and forms', () => {
    expect(actionForKey(key('F1'), false)).toBe('next');
    expect(actionForKey(key('F6'), false)).toBe('noShow');
    expect(actionForKey(key('n', { altKey: true }), false)).toBe('next');
    expect(actionForKey(key('˜', { altKey: true, code: 'KeyN' }), false)).toBe('next');
    expect(actionForKey(key('r'), true)).toBe('recall');
    expect(actionForKey(key('r'), false)).toBeNull();
    expect(actionForKey(key('F1', { ctrlKey: true }), true)).toBeNull();
    expect(actionForKey(key('x'), true)).toBeNull();
  });

  it('labels each button with its key and announces both keys', () => {
    expect(shortcutLabel('transfer')).toEqual({ shown: 'F7', aria: 'F7 Alt+T' });
  });

  it('maps Alt+1 … Alt+7 to the work areas in their order, by key or by physical digit', () => {
    WORK_AREA_IDS.forEach((id, i) => {
      expect(areaForKey(key(String(i + 1), { altKey: true }))).toBe(id);
      expect(areaForKey(key('¡', { altKey: true, code: `Digit${String(i + 1)}` }))).toBe(id);
      expect(areaShortcut(id)).toBe(`Alt+${String(i + 1)}`);
    });
    expect(areaForKey(key('8', { altKey: true }))).toBeNull();
    expect(areaForKey(key('1'))).toBeNull();
    expect(areaForKey(key('1', { altKey: true, ctrlKey: true }))).toBeNull();
  });

  it('keeps the area keys apart from every call key', () => {
    for (let d = 1; d <= 7; d++)
      expect(actionForKey(key(String(d), { altKey: true, code: `Digit${String(d)}` }), true)).toBeNull();
    for (const s of Object.values(SHORTCUTS)) expect(areaForKey(key(s.fkey, { altKey: true }))).toBeNull();
  });
});
