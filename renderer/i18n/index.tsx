import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../../domain/reference/labels';
import { CATALOGUE, type MessageKey } from './catalogue';

export type { MessageKey } from './catalogue';
export type Locale = 'zh-CN' | 'en';

/** Fill `{name}` placeholders; a missing value is left visible rather than hidden. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

export function translate(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const message = CATALOGUE[key];
  return format(locale === 'zh-CN' ? message.zh : message.en, values);
}

export function langOf(locale: Locale): Lang {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

interface I18n {
  locale: Locale;
  /** The locale as the reference data's labels (domain/reference/labels) take it. */
  lang: Lang;
  setLocale: (l: Locale) => void;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initial = 'zh-CN' }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocale] = useState<Locale>(initial);
  const value = useMemo<I18n>(
    () => ({ locale, lang: langOf(locale), setLocale, t: (key, values) => translate(locale, key, values) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
