import { describe, expect, it } from 'vitest';
import { actionForKey, shortcutLabel, SHORTCUTS } from '../../../../renderer/caller/shortcuts';

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
});
