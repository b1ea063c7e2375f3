// 转办: choose the lane (its letter) and optionally a window serving it (its
// digit, 0 for any); F7 again confirms.
import type { Ref } from 'react';
import type { QueueService } from '../../../domain/queue/config';
import { windowsServingLane } from '../../../domain/queue/config';
import { useI18n } from '../../i18n';
import type { CallerWindow } from '../../state/caller-machine';
import { CallerChoice, CallerPanel } from '../CallerPanel';
import type { CallForms } from './call-forms';

export function TransferPanel({
  forms,
  window: win,
  services,
  onConfirm,
  fieldsetRef,
}: {
  forms: CallForms;
  window: CallerWindow;
  services: readonly QueueService[];
  onConfirm: () => void;
  fieldsetRef: Ref<HTMLFieldSetElement>;
}) {
  const { t, locale } = useI18n();
  const transferWindows = forms.toLane === null ? [] : windowsServingLane(win.windows, forms.toLane);
  return (
    <CallerPanel
      heading={t('caller.transfer.heading')}
      hint={t('caller.transfer.hint')}
      confirmLabel={t('caller.transfer.confirm')}
      confirmKey="F7"
      confirmDisabled={forms.toLane === null}
      onConfirm={onConfirm}
      onCancel={() => {
        forms.setPanel('none');
      }}
      fieldsetRef={fieldsetRef}
    >
      <div role="radiogroup" aria-label={t('caller.transfer.lane')}>
        {services.map((s) => (
          <CallerChoice
            key={s.lane}
            name="caller-to-lane"
            value={s.lane}
            checked={forms.toLane === s.lane}
            keyLabel={s.lane}
            onChoose={() => {
              forms.setToLane(s.lane);
            }}
          >
            {locale === 'zh-CN' ? s.label : s.labelEn}
          </CallerChoice>
        ))}
      </div>
      {forms.toLane !== null && (
        <div role="radiogroup" aria-label={t('caller.transfer.window')}>
          <CallerChoice
            name="caller-to-window"
            checked={forms.toWindow === null}
            keyLabel={0}
            onChoose={() => {
              forms.setToWindow(null);
            }}
          >
            {t('caller.transfer.anyWindow')}
          </CallerChoice>
          {transferWindows.map((n) => (
            <CallerChoice
              key={n}
              name="caller-to-window"
              checked={forms.toWindow === n}
              keyLabel={n}
              onChoose={() => {
                forms.setToWindow(n);
              }}
            >
              {t('caller.transfer.windowOption', { number: n })}
            </CallerChoice>
          ))}
        </div>
      )}
    </CallerPanel>
  );
}
