import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { applyInputLockdown, shouldBlockKey, type KeyInput } from '../../../electron/lockdown';
import { FakeWebContents, fakeEvent } from './fakes';

const key = (code: string, k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  code,
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

describe('shouldBlockKey', () => {
  it.each([
    ['F5 (reload)', key('F5', 'F5')],
    ['F11 (full screen toggle)', key('F11', 'F11')],
    ['F12 (devtools)', key('F12', 'F12')],
    ['Ctrl+R', key('KeyR', 'r', { control: true })],
    ['Ctrl+Shift+R', key('KeyR', 'R', { control: true, shift: true })],
    ['Ctrl+W', key('KeyW', 'w', { control: true })],
    ['Ctrl+Q', key('KeyQ', 'q', { control: true })],
    ['Ctrl+P (print dialog)', key('KeyP', 'p', { control: true })],
    ['Ctrl+Shift+I', key('KeyI', 'I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('KeyJ', 'J', { control: true, shift: true })],
    ['Cmd+Alt+I', key('KeyI', 'i', { meta: true, alt: true })],
    ['Ctrl+U (view source)', key('KeyU', 'u', { control: true })],
    ['Ctrl++', key('Equal', '+', { control: true, shift: true })],
    ['Ctrl+-', key('Minus', '-', { control: true })],
    ['Ctrl+0', key('Digit0', '0', { control: true })],
    ['Ctrl+numpad +', key('NumpadAdd', '+', { control: true })],
    ['Alt+F4', key('F4', 'F4', { alt: true })],
    ['Alt+Left (history back)', key('ArrowLeft', 'ArrowLeft', { alt: true })],
    ['Ctrl+Tab', key('Tab', 'Tab', { control: true })],
    ['the browser back key', key('BrowserBack', 'BrowserBack')],
  ])('blocks %s', (_name, input) => {
    expect(shouldBlockKey(input)).toBe(true);
  });

  it.each([
    ['a digit', key('Digit5', '5')],
    ['Enter', key('Enter', 'Enter')],
    ['Escape', key('Escape', 'Escape')],
    ['Ctrl+C', key('KeyC', 'c', { control: true })],
    ['Ctrl+V', key('KeyV', 'v', { control: true })],
    ['Ctrl+A', key('KeyA', 'a', { control: true })],
    ['Ctrl+Z', key('KeyZ', 'z', { control: true })],
    ['F1 (a caller shortcut)', key('F1', 'F1')],
    ['F2', key('F2', 'F2')],
    ['F3', key('F3', 'F3')],
    ['F8', key('F8', 'F8')],
    ['Space', key('Space', ' ')],
    ['Shift+letter', key('KeyA', 'A', { shift: true })],
  ])('lets %s through (the caller works by keyboard)', (_name, input) => {
    expect(shouldBlockKey(input)).toBe(false);
  });

  it('only judges key-down events', () => {
    expect(shouldBlockKey({ ...key('F5', 'F5'), type: 'keyUp' })).toBe(false);
  });
});

describe('applyInputLockdown', () => {
  it('swallows blocked keys, pins the zoom and suppresses the context menu', async () => {
    const contents = new FakeWebContents();
    const onError = vi.fn();
    applyInputLockdown(contents as unknown as WebContents, onError);

    const f12 = fakeEvent();
    contents.emit('before-input-event', f12, key('F12', 'F12'));
    expect(f12.defaultPrevented).toBe(true);
    const digit = fakeEvent();
    contents.emit('before-input-event', digit, key('Digit1', '1'));
    expect(digit.defaultPrevented).toBe(false);

    contents.zoomFactor = 2;
    contents.emit('did-finish-load');
    expect(contents.zoomFactor).toBe(1);
    expect(contents.visualZoomLimits).toEqual([1, 1]);
    contents.zoomFactor = 1.5;
    contents.emit('zoom-changed', fakeEvent(), 'in');
    expect(contents.zoomFactor).toBe(1);

    const menu = fakeEvent();
    contents.emit('context-menu', menu, {});
    expect(menu.defaultPrevented).toBe(true);
    await Promise.resolve();
    expect(onError).not.toHaveBeenCalled();
  });

  it('reports a failed zoom-limit call instead of dropping it', async () => {
    const contents = new FakeWebContents();
    contents.setVisualZoomLevelLimits = () => Promise.reject(new Error('page gone'));
    const onError = vi.fn();
    applyInputLockdown(contents as unknown as WebContents, onError);
    contents.emit('did-finish-load');
    await new Promise((r) => setTimeout(r, 0));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'page gone' }));
  });
});
