import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { api } from '../../api/client';
import type { CompanyHit, Problem } from '../../api/types';
import { ProblemMessage, asProblem } from '../../components/ProblemMessage';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { checkEnterpriseNumber, type EnterpriseNumberCheck } from '../../lib/enterpriseNumber';

/** How long typing must pause before a search is sent. */
export const SEARCH_DELAY_MS = 200;
/** Results shown under the box; the search page of the CRM is paged, this is the first page. */
export const SEARCH_RESULTS = 8;
/** Name searches start with this many characters. */
export const MIN_NAME_LENGTH = 2;

type Results =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'loaded'; hits: CompanyHit[]; total: number }
  | { state: 'failed'; problem: Problem };

function hintKey(check: EnterpriseNumberCheck, text: string): MessageKey {
  switch (check.state) {
    case 'empty':
      return 'search.hint';
    case 'notANumber':
      return text.trim().length < MIN_NAME_LENGTH ? 'search.nameTooShort' : 'search.nameHint';
    case 'incomplete':
      return 'search.incomplete';
    case 'tooLong':
      return 'search.tooLong';
    case 'badPrefix':
      return 'search.badPrefix';
    case 'badChecksum':
      return 'search.badChecksum';
    case 'establishment':
      return 'search.establishment';
    case 'valid':
      return 'search.valid';
  }
}

/** What to ask the CRM's search for, or null while the text cannot match anything. */
function searchText(check: EnterpriseNumberCheck, text: string): string | null {
  if (check.state === 'valid' || check.state === 'establishment') {
    return check.digits;
  }
  if (check.state === 'notANumber' && text.trim().length >= MIN_NAME_LENGTH) {
    return text.trim();
  }
  return null;
}

/**
 * Search first: one box for an enterprise number in any notation (checked with mod-97 as it is typed, so
 * a typo is caught before any search), an establishment unit number, or the start of a name (accents,
 * case and a typo forgiven by the CRM's search). Results as you type, in an ARIA combobox: arrow keys move
 * through them, Enter opens one, Escape closes the list (and clears the box when it is closed).
 */
export function SearchBox(props: { onOpen: (hit: CompanyHit) => void; autoFocus?: boolean }) {
  const { t, code } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const check = checkEnterpriseNumber(text);
  const q = searchText(check, text);

  useEffect(() => {
    if (!q) {
      setResults({ state: 'idle' });
      setActive(-1);
      return;
    }
    const controller = new AbortController();
    setResults({ state: 'loading' });
    const timer = window.setTimeout(() => {
      api.searchCompanies({ q, page: 0, size: SEARCH_RESULTS }, controller.signal).then(
        (page) => {
          setResults({ state: 'loaded', hits: page.items, total: page.totalItems });
          setActive(page.items.length > 0 ? 0 : -1);
          setOpen(true);
        },
        (error: unknown) => {
          if (!controller.signal.aborted) {
            setResults({ state: 'failed', problem: asProblem(error) });
          }
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const hits = results.state === 'loaded' ? results.hits : [];
  const expanded = open && results.state === 'loaded';

  const choose = (hit: CompanyHit) => {
    setOpen(false);
    props.onOpen(hit);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (hits.length > 0) {
          setOpen(true);
          setActive((current) => (current + 1) % hits.length);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (hits.length > 0) {
          setOpen(true);
          setActive((current) => (current <= 0 ? hits.length - 1 : current - 1));
        }
        break;
      case 'Enter':
        event.preventDefault();
        if (expanded && active >= 0 && active < hits.length) {
          choose(hits[active]);
        }
        break;
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
        } else {
          setText('');
        }
        break;
      default:
        break;
    }
  };

  const invalid = ['tooLong', 'badPrefix', 'badChecksum'].includes(check.state);
  const hintValues: Record<string, string | number> | undefined =
    check.state === 'incomplete'
      ? { count: check.digits.length }
      : check.state === 'valid' || check.state === 'establishment'
        ? { number: check.formatted }
        : undefined;

  return (
    <div className="search">
      <label htmlFor={inputId} className="search-label">
        {t('search.label')}
      </label>
      <div className="combobox">
        <input
          id={inputId}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          autoFocus={props.autoFocus}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={hintId}
          aria-invalid={invalid || undefined}
          aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
          value={text}
          placeholder={t('search.placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => window.setTimeout(() => setOpen(false), 150)}
          onFocus={() => setOpen(true)}
        />
        <ul id={listId} role="listbox" aria-label={t('search.results')} className="listbox" hidden={!expanded}>
          {hits.map((hit, index) => (
            <li
              key={hit.enterpriseNumber}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'option active' : 'option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(hit)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="option-name">{hit.name}</span>
              <span className="option-meta">
                {hit.commune && <span>{code('commune', hit.commune)}</span>}
                {hit.kboStatus && hit.kboStatus !== 'AC' && <span className="badge">{code('kboStatus', hit.kboStatus)}</span>}
                <span className="option-number">{hit.formattedNumber}</span>
              </span>
            </li>
          ))}
          {expanded && hits.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected={false} className="option none">
              {t('search.noCompany')}
            </li>
          )}
          {expanded && results.state === 'loaded' && results.total > hits.length && (
            <li role="presentation" className="option more">
              {t('search.more', { shown: hits.length, total: results.total })}
            </li>
          )}
        </ul>
      </div>
      <p id={hintId} className={invalid ? 'hint invalid' : check.state === 'valid' ? 'hint valid' : 'hint'} aria-live="polite">
        {t(hintKey(check, text), hintValues)}
      </p>
      {results.state === 'loading' && (
        <p className="hint" role="status">
          {t('search.searching')}
        </p>
      )}
      {results.state === 'failed' && <ProblemMessage problem={results.problem} />}
    </div>
  );
}
