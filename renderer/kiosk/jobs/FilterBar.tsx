// The search's other choices as rows of big toggle buttons: district (the 37
// units, opened as a grid), pay method, a minimum day's pay, start day and
// order. Every choice is a tap; nothing needs typing.
import { useState, type ReactNode } from 'react';
import { PAY_METHODS } from '../../../domain/posting/content';
import { JOB_SORTS, START_WINDOWS, type JobFilters } from '../../../domain/posting/search';
import { DISTRICTS } from '../../../domain/reference/districts';
import { districtLabel, payMethodLabel } from '../../../domain/reference/labels';
import { useI18n } from '../../i18n';
import type { SearchEvent } from '../../state/kiosk-search-machine';

/** Day-pay steps a seeker can ask for; 150–300 covers what Chongqing's markets post for a day. */
export const MIN_PAY_STEPS: readonly number[] = [150, 200, 250, 300];

function Choice({ pressed, label, onPress }: { pressed: boolean; label: string; onPress: () => void }) {
  return (
    <button type="button" className="kiosk-choice" aria-pressed={pressed} onClick={onPress}>
      {label}
    </button>
  );
}

function Row({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="kiosk-filter-row" role="group" aria-labelledby={id}>
      <span id={id} className="kiosk-filter-title">
        {title}
      </span>
      {children}
    </div>
  );
}

export function FilterBar({ filters, send }: { filters: JobFilters; send: (event: SearchEvent) => void }) {
  const { t, lang } = useI18n();
  const [districtsOpen, setDistrictsOpen] = useState(false);
  const district = filters.districtCode;
  return (
    <div className="kiosk-filters">
      <Row id="kiosk-filter-district" title={t('kiosk.search.district')}>
        <Choice
          pressed={district === null}
          label={t('kiosk.search.anyDistrict')}
          onPress={() => {
            send({ type: 'DISTRICT', code: null });
            setDistrictsOpen(false);
          }}
        />
        <button
          type="button"
          className="kiosk-choice"
          aria-expanded={districtsOpen}
          aria-controls="kiosk-district-grid"
          aria-pressed={district !== null}
          onClick={() => {
            setDistrictsOpen(!districtsOpen);
          }}
        >
          {district === null ? `${t('kiosk.search.district')} ▾` : districtLabel(district, lang)}
        </button>
      </Row>
      {districtsOpen && (
        <ul id="kiosk-district-grid" className="kiosk-district-grid">
          {DISTRICTS.map((d) => (
            <li key={d.code}>
              <Choice
                pressed={district === d.code}
                label={lang === 'zh' ? d.name : d.nameEn}
                onPress={() => {
                  send({ type: 'DISTRICT', code: d.code });
                  setDistrictsOpen(false);
                }}
              />
            </li>
          ))}
        </ul>
      )}
      <Row id="kiosk-filter-method" title={t('kiosk.search.method')}>
        {PAY_METHODS.map((m) => (
          <Choice
            key={m}
            pressed={filters.payMethods.includes(m)}
            label={payMethodLabel(m, lang)}
            onPress={() => {
              send({ type: 'TOGGLE_METHOD', method: m });
            }}
          />
        ))}
      </Row>
      <Row id="kiosk-filter-pay" title={t('kiosk.search.minPay')}>
        <Choice
          pressed={filters.minDailyPay === null}
          label={t('kiosk.search.anyPay')}
          onPress={() => {
            send({ type: 'MIN_PAY', perDay: null });
          }}
        />
        {MIN_PAY_STEPS.map((amount) => (
          <Choice
            key={amount}
            pressed={filters.minDailyPay === amount}
            label={t('kiosk.search.minPayValue', { amount })}
            onPress={() => {
              send({ type: 'MIN_PAY', perDay: amount });
            }}
          />
        ))}
      </Row>
      <Row id="kiosk-filter-start" title={t('kiosk.search.start')}>
        {START_WINDOWS.map((s) => (
          <Choice
            key={s}
            pressed={filters.start === s}
            label={t(`kiosk.search.start.${s}`)}
            onPress={() => {
              send({ type: 'START', start: s });
            }}
          />
        ))}
      </Row>
      <Row id="kiosk-filter-sort" title={t('kiosk.search.sort')}>
        {JOB_SORTS.map((s) => (
          <Choice
            key={s}
            pressed={filters.sort === s}
            label={t(`kiosk.search.sort.${s}`)}
            onPress={() => {
              send({ type: 'SORT', sort: s });
            }}
          />
        ))}
      </Row>
    </div>
  );
}
