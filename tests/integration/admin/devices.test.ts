// Devices through the console: a code minted there enrols a terminal, its
// heartbeats put it on the fleet list with a state and since-when, and a
// revocation refuses its next request and closes its poke socket.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { SILENT_AFTER_MS, STALE_AFTER_MS } from '../../../domain/fleet/fleet-state';
import { ADMIN_API, enrolmentCodeViewSchema, fleetSchema, type FleetDevice } from '../../../sync/protocol/admin';
import { enrolResponseSchema } from '../../../sync/protocol/enrol';
import { HEARTBEAT_PATH } from '../../../sync/protocol/heartbeat';
import { ENROL_PATH, POKE_PATH, PULL_PATH } from '../../../sync/protocol/paths';
import { BEARER_SUBPROTOCOL_PREFIX, POKE_SUBPROTOCOL } from '../../../sync/protocol/poke';
import { VERSIONS } from '../sync/support/client';
import { consoleWorld, type ConsoleWorld } from './support/console';

let world: ConsoleWorld;
beforeEach(async () => {
  world = await consoleWorld();
});
afterEach(async () => {
  await world.close();
});

async function enrolThroughConsole(role: 'kiosk' | 'caller' = 'kiosk') {
  const manager = await world.as('spbA');
  const res = await manager.request('POST', `${ADMIN_API}/markets/${world.markets.spbA.id}/enrolment-codes`, { role });
  expect(res.statusCode).toBe(200);
  const minted = enrolmentCodeViewSchema.parse(res.json());
  expect(minted.code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
  expect(minted.qrSvg).toMatch(/^<svg/);
  const enrolled = await world.app.inject({
    method: 'POST',
    url: ENROL_PATH,
    payload: { ...VERSIONS, code: minted.code, label: '1号自助机' },
  });
  expect(enrolled.statusCode).toBe(200);
  return { manager, device: enrolResponseSchema.parse(enrolled.json()) };
}

function heartbeat(token: string, deviceId: string, outboxDepth: number) {
  return world.app.inject({
    method: 'POST',
    url: HEARTBEAT_PATH,
    headers: { authorization: `Bearer ${token}` },
    payload: {
      ...VERSIONS,
      deviceId,
      appVersion: '0.1.0',
      lastSyncAt: world.server.clock.now - 1000,
      outboxDepth,
      unreadRefusals: 2,
      printer: 'paper_out',
      freeDiskBytes: 5_000_000_000,
    },
  });
}

async function fleetEntry(
  client: Awaited<ReturnType<ConsoleWorld['as']>>,
  id: string,
): Promise<FleetDevice | undefined> {
  const res = await client.request('GET', `${ADMIN_API}/fleet`);
  return fleetSchema.parse(res.json()).devices.find((d) => d.id === id);
}

describe('devices in the console', () => {
  it('shows a heartbeating terminal 在线, then 离线服务中 while its outbox grows, then 失联, each with since-when', async () => {
    const { manager, device } = await enrolThroughConsole();
    const t0 = world.server.clock.now;
    expect((await fleetEntry(manager, device.deviceId))?.state).toBe('silent');
    expect((await heartbeat(device.token, device.deviceId, 0)).statusCode).toBe(200);
    world.server.clock.now += 30_000;
    expect((await heartbeat(device.token, device.deviceId, 3)).statusCode).toBe(200);
    const online = await fleetEntry(manager, device.deviceId);
    expect(online).toMatchObject({
      state: 'online',
      since: t0,
      heartbeat: {
        appVersion: '0.1.0',
        outboxDepth: 3,
        unreadRefusals: 2,
        printer: 'paper_out',
        freeDiskBytes: 5_000_000_000,
      },
    });
    const lastBeat = world.server.clock.now;
    world.server.clock.now += STALE_AFTER_MS + 1;
    expect(await fleetEntry(manager, device.deviceId)).toMatchObject({ state: 'serving_offline', since: lastBeat });
    world.server.clock.now = lastBeat + SILENT_AFTER_MS + 1;
    // Hours later the officer's session has ended: a fresh sign-in.
    expect(await fleetEntry(await world.as('spbA'), device.deviceId)).toMatchObject({
      state: 'silent',
      since: lastBeat + SILENT_AFTER_MS,
    });
  });

  it('refuses a heartbeat that names another device', async () => {
    const { device } = await enrolThroughConsole();
    const other = await enrolThroughConsole('caller');
    expect((await heartbeat(device.token, other.device.deviceId, 0)).statusCode).toBe(403);
  });

  it('revokes: the next request is refused as revoked and the poke socket is closed at once', async () => {
    const { manager, device } = await enrolThroughConsole();
    const base = await world.app.listen({ host: '127.0.0.1', port: 0 });
    const url = `${base.replace('http', 'ws')}${POKE_PATH}?protocolVersion=${VERSIONS.protocolVersion}&schemaVersion=${VERSIONS.schemaVersion}`;
    const socket = new WebSocket(url, [POKE_SUBPROTOCOL, `${BEARER_SUBPROTOCOL_PREFIX}${device.token}`]);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => {
        resolve();
      });
      socket.once('error', reject);
    });
    const closed = new Promise<void>((resolve) => {
      socket.once('close', () => {
        resolve();
      });
    });
    const res = await manager.request('POST', `${ADMIN_API}/devices/${device.deviceId}/revoke`, {});
    expect(res.statusCode).toBe(200);
    await closed;
    const pull = await world.app.inject({
      method: 'POST',
      url: PULL_PATH,
      headers: { authorization: `Bearer ${device.token}` },
      payload: { ...VERSIONS, cursor: null, epoch: null },
    });
    expect(pull.statusCode).toBe(401);
    expect(pull.json<{ code: string }>().code).toBe('device_revoked');
    expect((await fleetEntry(manager, device.deviceId))?.state).toBe('revoked');
    const audit = await manager.request('GET', `${ADMIN_API}/audit`);
    expect(audit.body).toContain('device_revoke');
    expect(audit.body).toContain('enrolment_code_create');
  });

  it('keeps another market manager and another district out of the device', async () => {
    const { device } = await enrolThroughConsole();
    const managerB = await world.as('spbB');
    expect((await managerB.request('POST', `${ADMIN_API}/devices/${device.deviceId}/revoke`, {})).statusCode).toBe(403);
    expect(await fleetEntry(managerB, device.deviceId)).toBeUndefined();
    const jlp = await world.as('jlp');
    expect(
      (await jlp.request('POST', `${ADMIN_API}/markets/${world.markets.spbA.id}/enrolment-codes`, { role: 'kiosk' }))
        .statusCode,
    ).toBe(403);
    expect(await fleetEntry(jlp, device.deviceId)).toBeUndefined();
    const spb = await world.as('spb');
    expect((await fleetEntry(spb, device.deviceId))?.marketName).toBe(world.markets.spbA.name);
  });
});
