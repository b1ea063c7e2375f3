// The sync protocol: every message between a terminal and the server, checked
// with zod at both ends.
export * from './version';
export * from './errors';
export * from './envelope';
export * from './limits';
export * from './paths';
export * from './enrol';
export * from './push';
export * from './pull';
export * from './poke';
export * from './permissions';
export * from './roles';
export * from './queue';
export * from './relay';
export * from './heartbeat';
