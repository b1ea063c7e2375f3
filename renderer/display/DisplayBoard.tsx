// Lobby display (信息发布大屏, DESIGN §5): now calling with chime and voice,
// waiting counts per service and the calling rule, the job board that shows
// what fits and pages the rest, upcoming job fairs, the notice ticker, and how
// old the data is. The Shell around it keeps the rights hotline on screen.
// The layout (display.css, docs/display.md) is chosen from the screen's
// orientation and fills exactly one screen: nothing scrolls, nothing hangs off.
import { useState } from 'react';
import { localDay } from '../../domain/clock/local-day';
import type { CallingRule } from '../../domain/queue/fairness';
import { marketCallingRule, marketServices } from '../../domain/queue/market-queue';
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
import { pageSecondsFrom } from './display-options';
import './display.css';

const CLOCK_TICK_MS = 10_000;
/** Cards per page before the board has measured itself. */
const FALLBACK_PAGE_SIZE = 6;

export interface DisplayBoardProps {
  readonly market: Market;
  /** The calling rule shown in words (tests); by default the market's own. */
  readonly rule?: CallingRule;
  /** By default from the address (`?pageSeconds=`), else 15 s. */
  readonly pageSeconds?: number;
  /** The page's sound (tests pass a fake); by default the one shared AudioContext and voice. */
  readonly audio?: DisplayAudio;
}

export function DisplayBoard({ market, rule, pageSeconds, audio }: DisplayBoardProps) {
  const { now, engine } = useTerminal();
  const [sound] = useState(() => audio ?? displayAudio());
  const [interval] = useState(() => pageSeconds ?? pageSecondsFrom(window.location.search));
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
      <LaneWaiting
        lanes={queue?.lanes ?? []}
        services={marketServices(market)}
        rule={rule ?? marketCallingRule(market)}
      />
      <JobBoard postings={postings} fallbackPageSize={FALLBACK_PAGE_SIZE} pageSeconds={interval} />
      <JobFairs marketId={market.id} nowMinute={Math.floor(clock / 60_000) * 60_000} />
      <NoticeTicker marketId={market.id} today={today} />
    </div>
  );
}
