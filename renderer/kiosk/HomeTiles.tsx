// The home screen: every service of the kiosk as a big picture tile over the
// whole portrait screen. 找工作 and 取号 open their flows; the part-2 tiles
// open their screens through ServicePage.
import { useI18n, type MessageKey } from '../i18n';
import type { ComingTile } from '../state/kiosk-session-machine';
import { KioskTile } from './KioskTile';
import { ReadAloudButton } from './speech/ReadAloudButton';

const PART_TWO: readonly { tile: ComingTile; icon: string; label: MessageKey }[] = [
  { tile: 'register', icon: 'person-search', label: 'kiosk.home.register' },
  { tile: 'recommend', icon: 'star', label: 'kiosk.home.recommend' },
  { tile: 'policy', icon: 'document', label: 'kiosk.home.policy' },
  { tile: 'training', icon: 'graduation-cap', label: 'kiosk.home.training' },
  { tile: 'startup', icon: 'briefcase', label: 'kiosk.home.startup' },
  { tile: 'rights', icon: 'scale', label: 'kiosk.home.rights' },
  { tile: 'directory', icon: 'map', label: 'kiosk.home.directory' },
  { tile: 'rating', icon: 'smile', label: 'kiosk.home.rating' },
];

export function HomeTiles({
  onJobs,
  onTicket,
  onComing,
}: {
  onJobs: () => void;
  onTicket: () => void;
  onComing: (tile: ComingTile) => void;
}) {
  const { t } = useI18n();
  return (
    <section className="kiosk-home" aria-labelledby="kiosk-home-heading">
      <div className="kiosk-heading-row">
        <h2 id="kiosk-home-heading">{t('kiosk.home.heading')}</h2>
        <ReadAloudButton text={t('kiosk.read.homeHelp')} />
      </div>
      <ul className="kiosk-tiles kiosk-home-tiles">
        <li>
          <KioskTile
            icon="jobs"
            iconSize={96}
            primary
            label={t('kiosk.home.findJob')}
            hint={t('kiosk.home.findJobHint')}
            onPress={onJobs}
          />
        </li>
        <li>
          <KioskTile
            icon="ticket"
            iconSize={96}
            primary
            label={t('kiosk.home.takeNumber')}
            hint={t('kiosk.home.takeNumberHint')}
            onPress={onTicket}
          />
        </li>
        {PART_TWO.map((p) => (
          <li key={p.tile}>
            <KioskTile
              icon={p.icon}
              iconSize={72}
              label={t(p.label)}
              onPress={() => {
                onComing(p.tile);
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
