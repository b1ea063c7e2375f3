// Where each message goes. The client and the server both import these.
export const ENROL_PATH = '/v1/enrol';
export const PUSH_PATH = '/v1/push';
export const PULL_PATH = '/v1/pull';
export const POKE_PATH = '/v1/poke';
export const HEALTH_PATH = '/healthz';
export const METRICS_PATH = '/metrics';
export const LEASE_PATH = '/v1/queue/lease';
export const CLAIM_PATH = '/v1/queue/claim';
export const RELAY_DEVICES_PATH = '/v1/relay/devices';
