// Waiting counts per lane and the calling rule in words (信息公开: the rule is
// shown so everyone in the lobby can see the order is fair).
import { describeRule, type CallingRule } from '../../domain/queue/fairness';
import { useI18n } from '../i18n';
import type { LaneCount } from './use-display-queue';

export function LaneWaiting({ lanes, rule }: { lanes: readonly LaneCount[]; rule: CallingRule }) {
  const { t, locale } = useI18n();
  const words = describeRule(rule);
  return (
    <section className="display-panel lane-waiting" aria-labelledby="display-waiting">
      <h2 id="display-waiting">{t('display.waiting.title')}</h2>
      <ul className="lane-counts">
        {lanes.map((l) => (
          <li key={l.lane}>
            <span className="lane-name">{t('display.waiting.lane', { lane: l.lane })}</span>
            <span className="lane-count">{t('display.waiting.count', { count: l.waiting })}</span>
          </li>
        ))}
      </ul>
      <h3>{t('display.rule.title')}</h3>
      <p className="calling-rule">{locale === 'zh-CN' ? words.zh : words.en}</p>
    </section>
  );
}
