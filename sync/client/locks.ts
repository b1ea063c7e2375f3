// One sync loop per terminal, however many windows or tabs are open: the loop
// runs only while it holds a Web Lock named after the device. Where the Web
// Locks API is missing (Node, old webviews) an in-process lock keeps the
// promise within this JavaScript realm, which is all such a host can share.

/** The part of the Web Locks API the client uses (`navigator.locks` satisfies it). */
export interface LockManagerLike {
  request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

function abortError(): Error {
  const error = new Error('锁请求已取消 / the lock request was aborted');
  error.name = 'AbortError';
  return error;
}

/** An exclusive lock per name, queued first come first served, for this realm only. */
export class InProcessLocks implements LockManagerLike {
  private readonly held = new Set<string>();
  private readonly queues = new Map<string, Array<() => void>>();

  async request<T>(
    name: string,
    options: { ifAvailable?: boolean; signal?: AbortSignal },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T> {
    if (options.signal?.aborted === true) throw abortError();
    if (this.held.has(name)) {
      if (options.ifAvailable === true) return callback(null);
      await this.wait(name, options.signal);
    }
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      this.release(name);
    }
  }

  private wait(name: string, signal: AbortSignal | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(name) ?? [];
      this.queues.set(name, queue);
      const onAbort = (): void => {
        const i = queue.indexOf(grant);
        if (i >= 0) queue.splice(i, 1);
        reject(abortError());
      };
      const grant = (): void => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  private release(name: string): void {
    const next = this.queues.get(name)?.shift();
    if (next === undefined) {
      this.held.delete(name);
      this.queues.delete(name);
      return;
    }
    // The name stays held: ownership passes straight to the next waiter.
    next();
  }
}

/** Shared by every engine of this realm that has no Web Locks. */
export const inProcessLocks = new InProcessLocks();

/** `navigator.locks` when the host has it, else the in-process fallback. */
export function detectLocks(): LockManagerLike {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  const locks = nav?.locks;
  return locks !== undefined && typeof locks.request === 'function' ? locks : inProcessLocks;
}

export function syncLockName(deviceId: string): string {
  return `gig-kiosk:sync:${deviceId}`;
}

/**
 * Run `body` while holding `name`. If another holder has it, `onWaiting` is
 * called once and the request queues until the lock is free or `signal` aborts
 * (then the promise rejects with an AbortError).
 */
export async function runExclusive<T>(
  locks: LockManagerLike,
  name: string,
  options: { signal?: AbortSignal; onWaiting?: () => void },
  body: () => Promise<T>,
): Promise<T> {
  const tried = await locks.request(name, { ifAvailable: true }, async (lock) =>
    lock === null ? { granted: false as const } : { granted: true as const, value: await body() },
  );
  if (tried.granted) return tried.value;
  options.onWaiting?.();
  return locks.request(name, options.signal === undefined ? {} : { signal: options.signal }, () => body());
}
