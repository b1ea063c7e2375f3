// Wires one call-staff flow to the kiosk's store: the machine's writes go
// through renderer/db/help-requests, and two live queries tell it what sync
// has done since — whether the server acknowledged the request (the outbox),
// and whether a window took it (the record, as pulled back from the server).
import { useActorRef, useSelector } from '@xstate/react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { fromPromise } from 'xstate';
import type { HelpScreen } from '../../../domain/records/help';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { deliveryOf, openHelpRequest, withdrawHelpRequest } from '../../db/help-requests';
import { newRecordId } from '../../db/repository';
import { callStaffMachine, viewOf, type CallStaffView, type NotSentReason } from '../../state/call-staff-machine';
import type { HelpResponder } from '../../../domain/records/help';

export interface CallStaffState {
  readonly view: CallStaffView;
  readonly reason: NotSentReason | null;
  readonly responder: HelpResponder | null;
  readonly cancel: () => void;
  readonly close: () => void;
}

export interface CallStaffOptions {
  readonly marketId: string;
  readonly kioskLabel: string;
  readonly screen: HelpScreen;
  readonly ackTimeoutMs?: number;
}

export function useCallStaff({ marketId, kioskLabel, screen, ackTimeoutMs }: CallStaffOptions): CallStaffState {
  const { db, ctx, engine } = useTerminal();
  // One id for this press, kept across React's remounts, so the request is written once.
  const [requestId] = useState(() => (ctx == null ? null : newRecordId(ctx)));
  const machine = useMemo(
    () =>
      callStaffMachine.provide({
        actors: {
          open: fromPromise(async () => {
            if (ctx == null || requestId === null) throw new Error('本机未登记 / this kiosk is not enrolled');
            await openHelpRequest(db, ctx, { id: requestId, marketId, kioskLabel, screen });
            return undefined;
          }),
          withdraw: fromPromise(async () => {
            if (ctx == null || requestId === null) return undefined;
            await withdrawHelpRequest(db, ctx, requestId);
            return undefined;
          }),
        },
      }),
    [db, ctx, requestId, marketId, kioskLabel, screen],
  );
  const actor = useActorRef(machine, {
    input: { canSend: engine != null, ...(ackTimeoutMs === undefined ? {} : { ackTimeoutMs }) },
  });
  const delivery = useLiveQuery(() => (requestId === null ? undefined : deliveryOf(db, requestId)), [db, requestId]);
  const record = useLiveQuery(
    () => (requestId === null ? undefined : recordTable(db, 'helpRequests').get(requestId)),
    [db, requestId],
  );
  useEffect(() => {
    if (delivery !== undefined) actor.send({ type: 'DELIVERY', delivery });
  }, [actor, delivery]);
  useEffect(() => {
    if (record?.status === 'taken' && record.takenBy !== null) actor.send({ type: 'TAKEN', responder: record.takenBy });
  }, [actor, record]);
  useEffect(() => {
    // Ask for a push now rather than at the next interval: the seeker is standing there.
    engine?.requestSync();
  }, [engine, delivery]);
  const value = useSelector(actor, (s) => (typeof s.value === 'string' ? s.value : 'sending'));
  const reason = useSelector(actor, (s) => s.context.reason);
  const responder = useSelector(actor, (s) => s.context.responder);
  return {
    view: viewOf(value),
    reason,
    responder,
    cancel: () => {
      actor.send({ type: 'CANCEL' });
    },
    close: () => {
      actor.send({ type: 'CLOSE' });
    },
  };
}
