import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api, ApiError } from '../../api/client';
import type { Company, Problem } from '../../api/types';
import { ProblemMessage, asProblem } from '../../components/ProblemMessage';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { checkEnterpriseNumber, type EnterpriseNumberCheck } from '../../lib/enterpriseNumber';

/** How long typing must pause before a lookup is sent. */
export const SEARCH_DELAY_MS = 200;

type Results =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'loaded'; companies: Company[] }
  | { state: 'failed'; problem: Problem };

function hintKey(check: EnterpriseNumberCheck): MessageKey {
  switch (check.state) {
    case 'empty':
      return 'search.hint';
    case 'notANumber':
      return 'search.nameNotYet';
    case 'incomplete':
      return 'search.incomplete';
    case 'tooLong':
      return 'search.tooLong';
    case 'badPrefix':
      return 'search.badPrefix';
    case 'badChecksum':
      return 'search.badChecksum';
    case 'valid':
      return 'search.valid';
  }
}

/**
 * Search first: one box that takes an enterprise number in any notation (checked with mod-97 as it is
 * typed) and shows the matching company as you type. ARIA combobox with a listbox popup: arrow keys
 * move through the results, Enter opens one, Escape closes the list (and clears the box when closed).
 * Names and persons are searched once the CRM offers a search endpoint (issue 3).
 */
export function SearchBox(props: { onOpen: (company: Company) => void; autoFocus?: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const [text, setText] = useState('');
  const [results, setResults] = useState<Results>({ state: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  const check = checkEnterpriseNumber(text);
  const digits = check.state === 'valid' ? check.digits : null;

  useEffect(() => {
    if (!digits) {
      setResults({ state: 'idle' });
      setActive(-1);
      return;
    }
    const controller = new AbortController();
    setResults({ state: 'loading' });
    const timer = window.setTimeout(() => {
      api.company(digits, controller.signal).then(
        (company) => {
          setResults({ state: 'loaded', companies: [company] });
          setActive(0);
          setOpen(true);
        },
        (error: unknown) => {
          if (controller.signal.aborted) {
            return;
          }
          if (error instanceof ApiError && error.status === 404) {
            setResults({ state: 'loaded', companies: [] });
            setActive(-1);
            setOpen(true);
          } else {
            setResults({ state: 'failed', problem: asProblem(error) });
          }
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [digits]);

  const companies = results.state === 'loaded' ? results.companies : [];
  const expanded = open && results.state === 'loaded';

  const choose = (company: Company) => {
    setOpen(false);
    props.onOpen(company);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (companies.length > 0) {
          setOpen(true);
          setActive((current) => (current + 1) % companies.length);
        }
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (companies.length > 0) {
          setOpen(true);
          setActive((current) => (current <= 0 ? companies.length - 1 : current - 1));
        }
        break;
      case 'Enter':
        event.preventDefault();
        if (expanded && active >= 0 && active < companies.length) {
          choose(companies[active]);
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
    check.state === 'incomplete' ? { count: check.digits.length } : check.state === 'valid' ? { number: check.formatted } : undefined;

  return (
    <div className="search">
      <label htmlFor={inputId} className="search-label">
        {t('search.label')}
      </label>
      <div className="combobox">
        <input
          ref={inputRef}
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
          {companies.map((company, index) => (
            <li
              key={company.enterpriseNumber}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'option active' : 'option'}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(company)}
              onMouseEnter={() => setActive(index)}
            >
              <span className="option-name">{company.name}</span>
              <span className="option-number">{company.formattedNumber}</span>
            </li>
          ))}
          {expanded && companies.length === 0 && (
            <li role="option" aria-disabled="true" aria-selected={false} className="option none">
              {t('search.noCompany')}
            </li>
          )}
        </ul>
      </div>
      <p id={hintId} className={invalid ? 'hint invalid' : check.state === 'valid' ? 'hint valid' : 'hint'} aria-live="polite">
        {t(hintKey(check), hintValues)}
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
