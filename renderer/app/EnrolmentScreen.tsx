// First run: a terminal without credentials trades a one-time code for them.
// The same screen serves the browser and the Electron shell; where the
// credentials are kept (and which server is asked) is credentials.ts's business.
import { useState } from 'react';
import { useI18n } from '../i18n';
import { Shell } from '../ui/Shell';
import { credentialStoreFor, enrolTerminal } from './credentials';
import { useTerminal } from './terminal-context';

export function EnrolmentScreen({ label, onEnrolled }: { label: string; onEnrolled: () => void }) {
  const { t } = useI18n();
  const { db } = useTerminal();
  const [code, setCode] = useState('');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'failed'; reason: string }>({
    kind: 'idle',
  });
  const submit = (event: { preventDefault: () => void }) => {
    event.preventDefault();
    setState({ kind: 'working' });
    enrolTerminal(credentialStoreFor(db), db, code, label).then(onEnrolled, (error: unknown) => {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    });
  };
  return (
    <Shell title={t('enrol.title')} rightsHotline={null}>
      <form className="enrol-form" onSubmit={submit}>
        <p>{t('enrol.explain')}</p>
        <label>
          {t('enrol.code')}
          <input
            value={code}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => {
              setCode(e.target.value);
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={state.kind === 'working' || code.trim() === ''}>
          {state.kind === 'working' ? t('enrol.working') : t('enrol.submit')}
        </button>
        {state.kind === 'failed' && <p role="alert">{t('enrol.failed', { reason: state.reason })}</p>}
      </form>
    </Shell>
  );
}
