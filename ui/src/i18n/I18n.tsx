import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import type { Language } from './languages';

/** Every key of the English dictionary; fr.json and nl.json must hold the same keys (tested). */
export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export const DICTIONARIES: Record<Language, Record<string, string>> = { fr, nl, en };

/** Looks a key up, falling back to English, then to the key itself; fills {name} placeholders. */
export function translate(language: Language, key: string, values?: Record<string, string | number>): string {
  const text = DICTIONARIES[language][key] ?? DICTIONARIES.en[key] ?? key;
  if (!values) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (match, name: string) =>
    values[name] !== undefined ? String(values[name]) : match,
  );
}

/** Translates a key built at run time (enum values from the services); the code itself when unknown. */
export function translateCode(language: Language, prefix: string, code: string | null | undefined): string {
  if (!code) {
    return '';
  }
  const key = `${prefix}.${code}`;
  return DICTIONARIES[language][key] ?? DICTIONARIES.en[key] ?? humanise(code);
}

function humanise(code: string): string {
  const text = code.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface I18nValue {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  /** Translation of a service enum value, e.g. code('agency', 'HUB_IMPULSE'). */
  code: (prefix: string, value: string | null | undefined) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider(props: {
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}) {
  const { language, onLanguageChange } = props;
  const t = useCallback<Translate>((key, values) => translate(language, key, values), [language]);
  const code = useCallback((prefix: string, value: string | null | undefined) => translateCode(language, prefix, value), [language]);
  const value = useMemo(
    () => ({ language, setLanguage: onLanguageChange, t, code }),
    [language, onLanguageChange, t, code],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n outside I18nProvider');
  }
  return value;
}
