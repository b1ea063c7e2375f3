import { afterEach, describe, expect, it, vi } from 'vitest';
import { SYNC_PATHS } from '../../../scripts/sync-paths';
import { syncProxy, syncProxyLogger } from '../../../scripts/sync-proxy';

afterEach(() => {
  vi.restoreAllMocks();
});

function refused(): Error & { code: string } {
  return Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5174'), { code: 'ECONNREFUSED' });
}

describe('the sync proxy', () => {
  it('proxies every sync path, WebSockets included, to the server', () => {
    const table = syncProxy('http://127.0.0.1:5174');
    expect(Object.keys(table)).toEqual([...SYNC_PATHS]);
    for (const options of Object.values(table)) expect(options).toEqual({ target: 'http://127.0.0.1:5174', ws: true });
  });

  it('says a server outage in one line per quiet period instead of a stack per request', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let clock = 0;
    const logger = syncProxyLogger({ quietMs: 10_000, now: () => clock });
    logger.error(`http proxy error: /v1/push\n${String(refused().stack)}`, { error: refused() });
    logger.error('ws proxy socket error:\nError: read ECONNRESET', { error: refused() });
    clock = 9_999;
    logger.error('ws proxy error:\nError: connect ECONNREFUSED', { error: refused() });
    expect(error).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /同步服务器暂时无法连接.*the sync server cannot be reached \(ECONNREFUSED\)/,
    );
    clock = 10_000;
    logger.error('http proxy error: /v1/pull', { error: refused() });
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('passes every other error on as it is', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    syncProxyLogger().error('Pre-transform error: Failed to load url');
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain('Pre-transform error: Failed to load url');
  });
});
