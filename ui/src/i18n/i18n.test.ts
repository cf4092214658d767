import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import { translate, translateCode } from './I18n';

const dictionaries = { fr, nl, en } as Record<string, Record<string, string>>;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Every component and module of the app, as text (tests left out). */
const SOURCES = import.meta.glob(['../**/*.ts', '../**/*.tsx', '!../**/*.test.ts', '!../**/*.test.tsx'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

describe('translations', () => {
  it('have every key in all three languages, none empty', () => {
    const keys = new Set(Object.keys({ ...fr, ...nl, ...en }));
    for (const [language, dictionary] of Object.entries(dictionaries)) {
      const missing = [...keys].filter((key) => !(key in dictionary));
      expect(missing, `missing in ${language}`).toEqual([]);
      const empty = Object.entries(dictionary).filter(([, text]) => text.trim() === '');
      expect(empty, `empty in ${language}`).toEqual([]);
    }
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(en)) {
      const expected = placeholders((en as Record<string, string>)[key]);
      expect(placeholders(fr[key as keyof typeof fr]), `fr ${key}`).toEqual(expected);
      expect(placeholders(nl[key as keyof typeof nl]), `nl ${key}`).toEqual(expected);
    }
  });

  it('cover every key the components use', () => {
    const used = new Set<string>();
    for (const text of Object.values(SOURCES)) {
      for (const match of text.matchAll(/\bt\('([\w.]+)'/g)) {
        used.add(match[1]);
      }
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((key) => !(key in en));
    expect(missing).toEqual([]);
  });

  it('are the only user-facing text: no string literals in the components', () => {
    const offending: string[] = [];
    for (const [file, text] of Object.entries(SOURCES)) {
      if (!file.endsWith('.tsx')) {
        continue;
      }
      // JSX text starting with a letter, or a user-facing attribute written as a literal
      for (const match of text.matchAll(/(?<![=-])>\s*([A-Za-zÀ-ÿ][^<>{}();=?&|]*)<\/?[a-zA-Z]/g)) {
        offending.push(`${file}: ${match[1].trim()}`);
      }
      for (const match of text.matchAll(/\b(aria-label|title|placeholder|alt)="([^"]+)"/g)) {
        offending.push(`${file}: ${match[1]}="${match[2]}"`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('fill placeholders and fall back for unknown service codes', () => {
    expect(translate('nl', 'search.incomplete', { count: 4 })).toBe('4 van de 10 cijfers getypt.');
    expect(translateCode('fr', 'agency', 'HUB_IMPULSE')).toBe('hub.brussels impulse');
    expect(translateCode('fr', 'stage', 'SOMETHING_NEW')).toBe('Something new');
  });
});
