import { isLanguage, type Language } from '../../i18n/languages';

/** The language is remembered per user (key by username), and the last one chosen on this browser. */
const LAST = 'poles.language';
const keyFor = (username: string) => `poles.language.${username}`;

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

export function initialLanguage(): Language {
  const stored = read(LAST);
  if (isLanguage(stored)) {
    return stored;
  }
  const browser = (navigator.language || 'fr').slice(0, 2).toLowerCase();
  return isLanguage(browser) ? browser : 'fr';
}

export function languageOf(username: string): Language | null {
  const stored = read(keyFor(username));
  return isLanguage(stored) ? stored : null;
}

export function rememberLanguage(language: Language, username: string | null): void {
  write(LAST, language);
  if (username) {
    write(keyFor(username), language);
  }
}
