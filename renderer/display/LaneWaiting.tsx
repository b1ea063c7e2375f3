// Waiting counts per service, by name with the lane letter beside it (a
// person in the hall knows 求职登记, not "lane A"), and the calling rule in
// words (信息公开: the rule is shown so everyone can see the order is fair).
import type { QueueService } from '../../domain/queue/config';
import { describeRule, type CallingRule } from '../../domain/queue/fairness';
import { useI18n } from '../i18n';
import type { LaneCount } from './use-display-queue';

export function LaneWaiting({
  lanes,
  services,
  rule,
}: {
  lanes: readonly LaneCount[];
  services: readonly QueueService[];
  rule: CallingRule;
}) {
  const { t, lang } = useI18n();
  const words = describeRule(rule);
  return (
    <section className="display-panel lane-waiting" aria-labelledby="display-waiting">
      <h2 id="display-waiting">{t('display.waiting.title')}</h2>
      <ul className="lane-counts">
        {lanes.map((l) => {
          const service = services.find((s) => s.lane === l.lane);
          const name = service === undefined ? null : lang === 'zh' ? service.label : service.labelEn;
          return (
            <li key={l.lane}>
              <span className="lane-name">
                <span className="lane-letter">{l.lane}</span>
                {name ?? t('display.waiting.lane', { lane: l.lane })}
              </span>
              <span className="lane-count">{t('display.waiting.count', { count: l.waiting })}</span>
            </li>
          );
        })}
      </ul>
      <p className="calling-rule">
        <strong>{t('display.rule.title')}：</strong>
        {lang === 'zh' ? words.zh : words.en}
      </p>
    </section>
  );
}
