// Composition test: with a broken config file, main shows the bilingual error
// page over app://shell instead of crashing, and opens no IPC at all.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { settle, state } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).electronModule);

const dir = mkdtempSync(join(tmpdir(), 'gig-main-bad-'));
const configPath = join(dir, 'terminal.json');
writeFileSync(configPath, JSON.stringify({ version: 1, role: 'kiosk', marketId: 'nope', serverUrl: 'ftp://x' }));
const saved = { ...process.env };
delete process.env.GIG_RENDERER_URL;
process.env.GIG_CONFIG = configPath;
state.paths.set('appData', dir);

await import('../../../electron/main');
await settle();

afterAll(() => {
  process.env = saved;
});

describe('electron/main.ts with a bad config file', () => {
  it('uses the "unconfigured" profile and still takes the lock', () => {
    expect(state.paths.get('userData')).toBe(join(dir, 'gig-kiosk', 'unconfigured'));
    expect(state.calls).toContain('lock');
  });

  it('shows the error page in a closable window, with no IPC handlers', async () => {
    expect(state.loaded).toEqual(['app://shell/error']);
    expect(state.windowOptions[0]).not.toHaveProperty('kiosk');
    expect(state.handlers.size).toBe(0);
    const res = await state.protocolHandler?.(new Request('app://shell/error'));
    const html = (await res?.text()) ?? '';
    expect(html).toContain('终端配置错误');
    expect(html).toContain('Terminal configuration error');
    expect(html).toContain('marketId');
    expect(html).toContain('serverUrl');
    expect(html).not.toMatch(/<script/i);
  });

  it('neither crashes nor quits', () => {
    expect(state.calls.filter((c) => c === 'quit' || c.startsWith('exit:') || c.startsWith('errorBox:'))).toEqual([]);
  });
});
