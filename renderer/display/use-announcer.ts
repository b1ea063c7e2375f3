// Wires the announce machine to the display: every change of today's calls is
// sent to it, and it speaks through the page's audio. The machine decides
// what is new and keeps announcements in turn; this hook only relays.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo } from 'react';
import { fromPromise } from 'xstate';
import type { Speak } from '../audio/speaker';
import { announceMachine, selectCurrentAnnouncement, type CallToAnnounce } from '../state/announce-machine';
import type { DisplayQueue } from './use-display-queue';

export function useAnnouncer(queue: DisplayQueue | undefined, speak: Speak, now: () => number): CallToAnnounce | null {
  const machine = useMemo(
    () =>
      announceMachine.provide({
        actors: {
          speak: fromPromise(async ({ input }: { input: CallToAnnounce | null }): Promise<undefined> => {
            if (input !== null) await speak(input);
            return undefined;
          }),
        },
      }),
    [speak],
  );
  const actor = useActorRef(machine, { input: { now } });
  useEffect(() => {
    if (queue !== undefined) actor.send({ type: 'CALLS.SEEN', day: queue.day, calls: queue.calls });
  }, [actor, queue]);
  const failedCount = useSelector(actor, (s) => s.context.failedCount);
  const lastFailure = useSelector(actor, (s) => s.context.lastFailure);
  useEffect(() => {
    // The call is still on screen; the operator's console says why it was not heard.
    if (failedCount > 0) console.warn(`播报失败 / announcement failed: ${lastFailure ?? ''}`);
  }, [failedCount, lastFailure]);
  return useSelector(actor, selectCurrentAnnouncement);
}
