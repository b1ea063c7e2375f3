// The part-2 home tiles, each to its own screen: 为你推荐, 求职登记, 服务评价,
// the information pages and the market directory.
import type { ActorRefFrom } from 'xstate';
import type { Market } from '../../domain/records/market';
import type { kioskRecommendMachine } from '../state/kiosk-recommend-machine';
import type { ComingTile, SessionEvent } from '../state/kiosk-session-machine';
import { Recommend } from './recommend/Recommend';
import { Directory } from './directory/Directory';
import { InfoPage } from './info/InfoPage';
import { RatingScreen } from './rating/RatingScreen';
import { Register } from './register/Register';
import './services.css';

export interface ServicePageProps {
  tile: ComingTile;
  market: Market;
  elder: boolean;
  serverUrl: string;
  send: (event: SessionEvent) => void;
  /** Flow state kept for the whole session (thrown away on an idle reset). */
  recommend: ActorRefFrom<typeof kioskRecommendMachine>;
}

export function ServicePage({ tile, market, elder, serverUrl, send, recommend }: ServicePageProps) {
  const onJobs = () => {
    send({ type: 'OPEN', screen: 'jobs' });
  };
  switch (tile) {
    case 'recommend':
      return (
        <Recommend
          market={market}
          recommend={recommend}
          elder={elder}
          onJobs={onJobs}
          onTakeTicket={(postingId) => {
            send({ type: 'APPLY_FOR', postingId });
          }}
          onOpenPosting={(postingId) => {
            send({ type: 'OPEN_POSTING', postingId });
          }}
        />
      );
    case 'register':
      return (
        <Register
          market={market}
          serverUrl={serverUrl}
          onHome={() => {
            send({ type: 'HOME' });
          }}
          onRecommend={() => {
            send({ type: 'OPEN_COMING', tile: 'recommend' });
          }}
        />
      );
    case 'rating':
      return (
        <RatingScreen
          market={market}
          ticketId={null}
          onHome={() => {
            send({ type: 'HOME' });
          }}
        />
      );
    case 'policy':
    case 'training':
    case 'startup':
    case 'rights':
      return <InfoPage topic={tile} market={market} />;
    case 'directory':
      return <Directory market={market} serverUrl={serverUrl} />;
  }
}
