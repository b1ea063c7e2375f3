// The sync client (runs in the renderer): outbox push, cursor pull, poke
// socket, backoff, one loop per terminal, and the sync status machine.
export * from './backoff';
export * from './errors';
export * from './heartbeat';
export * from './locks';
export * from './poke-channel';
export * from './rejection-log';
export type * from './replica-port';
export * from './sync-cycle';
export * from './sync-engine';
export * from './sync-runner';
export * from './sync-status-machine';
export * from './timers';
export * from './transport';
