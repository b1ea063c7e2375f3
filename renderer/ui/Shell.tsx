// The frame of every screen: title, language switch, and the rights hotline,
// which 第九条(一) requires in a prominent place — so it is on every screen.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

export function Shell({
  title,
  rightsHotline,
  status,
  children,
}: {
  title: string;
  rightsHotline: string | null;
  /** The sync badge, where the terminal syncs. */
  status?: ReactNode;
  children: ReactNode;
}) {
  const { t, locale, setLocale } = useI18n();
  return (
    <div className="shell" lang={locale}>
      <header className="shell-header">
        <h1>{title}</h1>
        {status}
        <button
          type="button"
          onClick={() => {
            setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN');
          }}
        >
          {t('lang.switch')}
        </button>
      </header>
      <main className="shell-main">{children}</main>
      {rightsHotline !== null && (
        <footer className="hotline" role="contentinfo">
          {t('rights.hotline')}: <strong>{rightsHotline}</strong>
        </footer>
      )}
    </div>
  );
}
