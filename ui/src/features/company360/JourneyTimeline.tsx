import { useCallback, useMemo, useState } from 'react';
import { api } from '../../api/client';
import type { AgencyCode, JourneyItem } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { usePaged } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDateTime } from '../../lib/format';

export const JOURNEY_PAGE_SIZE = 50;

type Visibility = 'all' | 'shared' | 'confidential';

/** One entry: the agency's colour and name, what happened, when, the contact; the detail or a redaction label. */
export function JourneyEntry(props: { item: JourneyItem }) {
  const { t, code } = useI18n();
  const { item } = props;
  return (
    <li className={`journey-entry agency-${item.sourceAgency}`} data-testid="journey-entry">
      <span className="agency-dot" aria-hidden="true" />
      <div className="journey-body">
        <p className="journey-head">
          <time dateTime={item.occurredAt}>{formatDateTime(item.occurredAt)}</time>
          <span className="agency-tag">{code('agency', item.sourceAgency)}</span>
          <span className="journey-type">{code('eventType', item.type)}</span>
        </p>
        <p className="journey-headline">{item.headline}</p>
        {item.contact && (item.contact.name || item.contact.email) && (
          <p className="journey-contact">
            {t('journey.contact')}: {item.contact.name}
            {item.contact.email && (
              <>
                {' '}
                <a href={`mailto:${item.contact.email}`}>{item.contact.email}</a>
              </>
            )}
          </p>
        )}
        {item.redacted ? (
          <p className="redacted" data-testid="redacted">
            <span className="badge">{t('journey.redacted')}</span> {t('journey.redactedExplained', { agency: code('agency', item.sourceAgency) })}
          </p>
        ) : (
          item.detail && <p className="journey-detail">{item.detail}</p>
        )}
      </div>
    </li>
  );
}

/**
 * The cross-agency journey, newest first, page by page. Filters (agency, shared/confidential) apply to the
 * page on screen until the CRM filters on the server (issue 3).
 */
export function JourneyTimeline(props: { enterpriseNumber: string; refreshKey?: number }) {
  const { t, code } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback(
    (page: number, signal: AbortSignal) => api.journey(enterpriseNumber, { page, size: JOURNEY_PAGE_SIZE }, signal),
    // refreshKey: a new value reloads the timeline (after an action on the page)
    [enterpriseNumber, props.refreshKey],
  );
  const { page, setPage, result, reload } = usePaged(load);
  const [hiddenAgencies, setHiddenAgencies] = useState<AgencyCode[]>([]);
  const [visibility, setVisibility] = useState<Visibility>('all');

  const items = result.state === 'loaded' ? result.data.items : [];
  const agencies = useMemo(() => [...new Set(items.map((item) => item.sourceAgency))], [items]);
  const shown = items.filter(
    (item) =>
      !hiddenAgencies.includes(item.sourceAgency) &&
      (visibility === 'all' || (visibility === 'shared') === (item.confidentiality === 'SHARED')),
  );

  return (
    <section className="panel" aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && (
        <>
          <ProblemMessage problem={result.problem} />
          <button type="button" className="secondary" onClick={reload}>
            {t('state.retry')}
          </button>
        </>
      )}
      {result.state === 'loaded' && items.length === 0 && <Empty>{t('journey.empty')}</Empty>}
      {result.state === 'loaded' && items.length > 0 && (
        <>
          <fieldset className="filters">
            <legend>{t('journey.filters')}</legend>
            <div className="filter-group" role="group" aria-label={t('journey.filterAgency')}>
              {agencies.map((agency) => (
                <label key={agency} className={`chip agency-${agency}`}>
                  <input
                    type="checkbox"
                    checked={!hiddenAgencies.includes(agency)}
                    onChange={(event) =>
                      setHiddenAgencies((current) =>
                        event.target.checked ? current.filter((a) => a !== agency) : [...current, agency],
                      )
                    }
                  />
                  <span className="agency-dot" aria-hidden="true" />
                  {code('agency', agency)}
                </label>
              ))}
            </div>
            <label className="inline">
              {t('journey.filterVisibility')}{' '}
              <select value={visibility} onChange={(event) => setVisibility(event.target.value as Visibility)}>
                <option value="all">{t('journey.visibility.all')}</option>
                <option value="shared">{t('journey.visibility.shared')}</option>
                <option value="confidential">{t('journey.visibility.confidential')}</option>
              </select>
            </label>
          </fieldset>
          {shown.length === 0 ? (
            <Empty>{t('journey.noneMatch')}</Empty>
          ) : (
            <ol className="journey" aria-label={t('journey.title')}>
              {shown.map((item) => (
                <JourneyEntry key={item.eventId} item={item} />
              ))}
            </ol>
          )}
          <Pagination
            page={page}
            totalPages={result.data.totalPages}
            totalItems={result.data.totalItems}
            onPage={setPage}
            label={t('journey.paging')}
          />
        </>
      )}
    </section>
  );
}
