// 办结: choose the outcome (keys 1–5), list the missing materials for a
// one-time notice, add a note; F4 again confirms.
import { useEffect, useRef, type Ref } from 'react';
import { useI18n, type MessageKey } from '../../i18n';
import { FINISH_OUTCOMES, type FinishOutcome } from '../../state/caller-machine';
import { CallerChoice, CallerPanel } from '../CallerPanel';
import type { CallForms } from './call-forms';

const OUTCOME_KEYS: Record<FinishOutcome, MessageKey> = {
  completed: 'caller.outcome.completed',
  referred: 'caller.outcome.referred',
  notice_given: 'caller.outcome.notice_given',
  consulted: 'caller.outcome.consulted',
  escalated: 'caller.outcome.escalated',
};

export function FinishPanel({
  forms,
  onConfirm,
  fieldsetRef,
}: {
  forms: CallForms;
  onConfirm: () => void;
  fieldsetRef: Ref<HTMLFieldSetElement>;
}) {
  const { t } = useI18n();
  const materialsRef = useRef<HTMLTextAreaElement>(null);
  // Choosing 一次性告知 means listing the materials next: take the keyboard there.
  useEffect(() => {
    if (forms.outcome === 'notice_given') materialsRef.current?.focus();
  }, [forms.outcome]);
  return (
    <CallerPanel
      heading={t('caller.finish.heading')}
      hint={t('caller.finish.hint')}
      confirmLabel={t('caller.finish.confirm')}
      confirmKey="F4"
      onConfirm={onConfirm}
      onCancel={() => {
        forms.setPanel('none');
      }}
      fieldsetRef={fieldsetRef}
    >
      {FINISH_OUTCOMES.map((o, i) => (
        <CallerChoice
          key={o}
          name="caller-outcome"
          value={o}
          checked={forms.outcome === o}
          keyLabel={i + 1}
          onChoose={() => {
            forms.setOutcome(o);
          }}
        >
          {t(OUTCOME_KEYS[o])}
        </CallerChoice>
      ))}
      {forms.outcome === 'notice_given' && (
        <label className="caller-field">
          {t('caller.finish.materials')}
          <textarea
            ref={materialsRef}
            rows={3}
            value={forms.materials}
            onChange={(e) => {
              forms.setMaterials(e.target.value);
            }}
          />
        </label>
      )}
      <label className="caller-field">
        {t('caller.finish.note')}
        <input
          value={forms.note}
          maxLength={500}
          onChange={(e) => {
            forms.setNote(e.target.value);
          }}
        />
      </label>
    </CallerPanel>
  );
}
