// Who can hold a device token. Terminals are the three roles of the product
// (domain/records/market); a `hub` is a market's LAN server enrolled at the
// central server as a client: it reads its whole market and relays its
// terminals' mutations, but writes nothing of its own.
import { z } from 'zod';
import { terminalRoleSchema, type TerminalRole } from '../../domain/records/market';
import { uuidV7Schema } from '../../domain/ids/uuidv7';
import { recordTableSchema, type RecordTable } from '../../domain/records/registry';
import { readableTables } from './permissions';

export const HUB_ROLE = 'hub';
export const deviceRoleSchema = z.enum([...terminalRoleSchema.options, HUB_ROLE]);
export type DeviceRole = z.infer<typeof deviceRoleSchema>;

export function isTerminalRole(role: DeviceRole): role is TerminalRole {
  return role !== HUB_ROLE;
}

/** A hub serves every role of its market, so it pulls every table. */
export function readableTablesFor(role: DeviceRole): RecordTable[] {
  return isTerminalRole(role) ? readableTables(role) : [...recordTableSchema.options];
}

/** What enrolment answers to any device, a hub included (terminals keep `enrolResponseSchema`). */
export const deviceEnrolResponseSchema = z.object({
  deviceId: uuidV7Schema,
  token: z.string().min(32),
  marketId: uuidV7Schema,
  role: deviceRoleSchema,
  epoch: z.string().min(1),
});
export type DeviceEnrolResponse = z.infer<typeof deviceEnrolResponseSchema>;
