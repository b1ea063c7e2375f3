// The information pages from the store's ContentItems (政策与补贴, 技能培训,
// 创业服务) and 维权与保险 (the market's complaint line, what to do when
// unpaid, legal aid and insurance, with the notices), plus the market's
// 专场招聘 job fairs on the policy page. Read from the local store, so they
// show with the server unplugged; each item can be read aloud.
import { useLiveQuery } from 'dexie-react-hooks';
import { localDay } from '../../../domain/clock/local-day';
import type { Market } from '../../../domain/records/market';
import type { ContentItem, ContentKind } from '../../../domain/records/service';
import { useTerminal } from '../../app/terminal-context';
import { recordTable } from '../../db/database';
import { useI18n, type MessageKey } from '../../i18n';
import { ReadAloudButton } from '../speech/ReadAloudButton';

export type InfoTopic = 'policy' | 'training' | 'startup' | 'rights';

const KINDS: Readonly<Record<InfoTopic, readonly ContentKind[]>> = {
  policy: ['policy'],
  training: ['training'],
  startup: ['startup'],
  rights: ['notice'],
};
const HEADING: Readonly<Record<InfoTopic, MessageKey>> = {
  policy: 'kiosk.home.policy',
  training: 'kiosk.home.training',
  startup: 'kiosk.home.startup',
  rights: 'kiosk.home.rights',
};
const RIGHTS_STEPS: readonly MessageKey[] = [
  'kiosk.info.rights.unpaid',
  'kiosk.info.rights.legalAid',
  'kiosk.info.rights.insurance',
];

export function InfoPage({ topic, market }: { topic: InfoTopic; market: Market }) {
  const { t, lang } = useI18n();
  const { db, now } = useTerminal();
  const today = localDay(now());
  const data = useLiveQuery(async () => {
    const [items, fairs] = await Promise.all([
      recordTable(db, 'contentItems').toArray(),
      topic === 'policy' ? recordTable(db, 'recruitmentEvents').where('marketId').equals(market.id).toArray() : [],
    ]);
    const shown = items
      .filter(
        (c: ContentItem) =>
          !c.deleted &&
          KINDS[topic].includes(c.kind) &&
          (c.marketId === null || c.marketId === market.id) &&
          c.validFrom <= today &&
          (c.validUntil === null || c.validUntil >= today),
      )
      .sort((a, b) => b.priority - a.priority || (a.validFrom < b.validFrom ? 1 : -1));
    const upcoming = fairs
      .filter((f) => !f.deleted && f.endsAt >= new Date(now()).toISOString())
      .sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
    return { shown, upcoming };
  }, [db, topic, market.id, today]);
  return (
    <section className="kiosk-info" aria-labelledby="kiosk-info-heading">
      <h2 id="kiosk-info-heading">{t(HEADING[topic])}</h2>
      {topic === 'rights' && (
        <article className="kiosk-info-item">
          <div>
            <h3>{t('kiosk.info.rights.hotline', { phone: market.rightsHotline })}</h3>
            {RIGHTS_STEPS.map((k) => (
              <p key={k}>{t(k)}</p>
            ))}
          </div>
          <ReadAloudButton
            text={[
              t('kiosk.info.rights.hotline', { phone: market.rightsHotline }),
              ...RIGHTS_STEPS.map((k) => t(k)),
            ].join('。')}
          />
        </article>
      )}
      {data === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          {data.shown.length === 0 && topic !== 'rights' && <p>{t('kiosk.info.none')}</p>}
          <ul className="kiosk-plain-list">
            {data.shown.map((c) => (
              <li key={c.id} className="kiosk-info-item">
                <div>
                  <h3>{c.title}</h3>
                  <p>{c.body}</p>
                  {c.source !== '' && <p className="kiosk-job-meta">{t('kiosk.info.source', { source: c.source })}</p>}
                </div>
                <ReadAloudButton text={`${c.title}。${c.body}`} />
              </li>
            ))}
          </ul>
          {topic === 'policy' && (
            <>
              <h2>{t('kiosk.info.fairs')}</h2>
              {data.upcoming.length === 0 && <p>{t('kiosk.info.noFairs')}</p>}
              <ul className="kiosk-plain-list">
                {data.upcoming.map((f) => {
                  const when = new Date(f.startsAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
                    timeZone: 'Asia/Shanghai',
                    month: 'long',
                    day: 'numeric',
                    hour: '2-digit',
                    minute: '2-digit',
                  });
                  return (
                    <li key={f.id} className="kiosk-info-item">
                      <div>
                        <h3>{f.title}</h3>
                        <p>
                          {when} · {f.venue}
                        </p>
                        {f.description !== '' && <p>{f.description}</p>}
                      </div>
                      <ReadAloudButton text={`${f.title}。${when}，${f.venue}`} />
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
