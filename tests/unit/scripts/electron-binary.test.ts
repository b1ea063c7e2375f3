import type { SpawnSyncReturns } from 'node:child_process';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureElectronBinary, findElectronBinary } from '../../../scripts/electron-binary';

// What install.js gives when GitHub cannot be reached: exit 1 and a long RequestError trace.
const TRACE = Buffer.from(
  [
    'RequestError: getaddrinfo ENOTFOUND github.com',
    ...Array.from({ length: 11 }, (_, i) => `    at frame${String(i)}`),
  ].join('\n'),
);
const unreachable = vi.fn((): SpawnSyncReturns<Buffer> => ({
  pid: 1,
  output: [],
  stdout: Buffer.alloc(0),
  stderr: TRACE,
  status: 1,
  signal: null,
}));

afterEach(() => {
  vi.restoreAllMocks();
  unreachable.mockClear();
});

// On a machine that has the binary there is nothing to download and nothing to prove here.
describe.skipIf(findElectronBinary().ok)('npm start without GitHub', () => {
  it('says in one line that it falls back to browser mode, keeping the trace back', () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const result = ensureElectronBinary({ run: unreachable });
    expect(result.ok).toBe(false);
    const reason = result.ok ? '' : result.reason;
    expect(reason.split('\n')).toHaveLength(1);
    expect(reason).toContain('GitHub');
    expect(reason).toContain('--verbose');
    expect(reason).not.toContain('RequestError');
    expect(unreachable).toHaveBeenCalledWith(expect.stringMatching(/install\.js$/), expect.anything(), false, 180_000);
  });

  it('with --verbose lets the download print its own output and drops the hint', () => {
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const result = ensureElectronBinary({ run: unreachable, verbose: true });
    expect(result.ok ? '' : result.reason).not.toContain('--verbose');
    expect(unreachable).toHaveBeenCalledWith(expect.any(String), expect.anything(), true, 180_000);
  });
});
