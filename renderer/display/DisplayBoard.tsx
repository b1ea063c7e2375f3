// Lobby display (信息发布大屏, DESIGN §5): now calling with chime and voice,
// waiting counts and the calling rule, the job board that pages by itself,
// upcoming job fairs, the notice ticker, and how old the data is. The Shell
// around it keeps the rights hotline on screen.
import { useState } from 'react';
import { localDay } from '../../domain/clock/local-day';
import type { CallingRule } from '../../domain/queue/fairness';
import { marketCallingRule } from '../../domain/queue/market-queue';
import type { Market } from '../../domain/records/market';
import { useTerminal } from '../app/terminal-context';
import { useOpenPostings } from '../app/use-market-data';
import { displayAudio, type DisplayAudio } from '../audio/display-audio';
import { DataAge } from './DataAge';
import { JobBoard } from './JobBoard';
import { JobFairs } from './JobFairs';
import { LaneWaiting } from './LaneWaiting';
import { NoticeTicker } from './NoticeTicker';
import { NowCalling } from './NowCalling';
import { SoundGate } from './SoundGate';
import { useAnnouncer } from './use-announcer';
import { useClock, usePortrait } from './use-clock';
import { useDisplayQueue } from './use-display-queue';
import './display.css';

export const DEFAULT_PAGE_SECONDS = 15;
const CLOCK_TICK_MS = 10_000;
/** Cards per page: the landscape grid is 3 × 3, portrait stacks 2 × 6 under the calls. */
const PAGE_SIZE = { landscape: 9, portrait: 12 } as const;

export interface DisplayBoardProps {
  readonly market: Market;
  /** The calling rule shown in words (tests); by default the market's own. */
  readonly rule?: CallingRule;
  readonly pageSeconds?: number;
  /** The page's sound (tests pass a fake); by default the one shared AudioContext and voice. */
  readonly audio?: DisplayAudio;
}

export function DisplayBoard({ market, rule, pageSeconds = DEFAULT_PAGE_SECONDS, audio }: DisplayBoardProps) {
  const { now, engine } = useTerminal();
  const [sound] = useState(() => audio ?? displayAudio());
  const clock = useClock(now, CLOCK_TICK_MS);
  const portrait = usePortrait();
  const queue = useDisplayQueue(market.id);
  const postings = useOpenPostings();
  const speaking = useAnnouncer(queue, sound.speak, now);
  const today = localDay(clock);
  return (
    <div className={`display-board ${portrait ? 'portrait' : 'landscape'}`}>
      <div className="display-status">
        {engine !== undefined && engine !== null && <DataAge status={engine.status} nowMs={clock} />}
        {sound.player !== null && <SoundGate player={sound.player} />}
      </div>
      <NowCalling calls={queue?.calls ?? []} speakingId={speaking?.id ?? null} />
      <LaneWaiting lanes={queue?.lanes ?? []} rule={rule ?? marketCallingRule(market)} />
      <JobBoard
        postings={postings}
        pageSize={portrait ? PAGE_SIZE.portrait : PAGE_SIZE.landscape}
        pageSeconds={pageSeconds}
      />
      <JobFairs marketId={market.id} nowMinute={Math.floor(clock / 60_000) * 60_000} />
      <NoticeTicker marketId={market.id} today={today} />
    </div>
  );
}
