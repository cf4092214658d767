import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AgencyCode, JourneyItem } from '../../api/types';
import { Pagination } from '../../components/Pagination';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { usePaged } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDateTime } from '../../lib/format';

export const JOURNEY_PAGE_SIZE = 50;


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

const AGENCIES: AgencyCode[] = ['HUB_1819', 'HUB_IMPULSE', 'HUB_ATRIUM', 'HUB_BIE', 'FINANCE', 'GUARANTEE_FUND', 'CITYDEV', 'ACTIRIS'];
const TYPE_PREFIXES = ['guidance', 'financing', 'housing', 'crm.referral', 'crm'] as const;

type Visibility = '' | 'SHARED' | 'CONFIDENTIAL';

/**
 * The cross-agency journey, newest first (or oldest first), page by page, filtered by the CRM: agencies,
 * kind of event, shared or confidential entries. Redacted entries stay in the list, labelled as such.
 */
export function JourneyTimeline(props: { enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const { enterpriseNumber } = props;
  const [agencies, setAgencies] = useState<AgencyCode[]>([]);
  const [type, setType] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('');
  const [sort, setSort] = useState<'newest' | 'oldest'>('newest');
  const filterKey = `${agencies.join(',')}|${type}|${visibility}|${sort}`;
  const load = useCallback(
    (page: number, signal: AbortSignal) =>
      api.journey(
        enterpriseNumber,
        {
          page,
          size: JOURNEY_PAGE_SIZE,
          agency: agencies.length ? agencies : undefined,
          type: type || undefined,
          confidentiality: visibility || undefined,
          sort,
        },
        signal,
      ),
    // filterKey stands for the filter values: a new filter reloads from the first page
    [enterpriseNumber, filterKey],
  );
  const { page, setPage, result, reload } = usePaged(load);
  useEffect(() => setPage(0), [filterKey, setPage]);
  const filtered = agencies.length > 0 || type !== '' || visibility !== '';
  const items = result.state === 'loaded' ? result.data.items : [];

  return (
    <section className="panel" aria-labelledby="journey-title">
      <h2 id="journey-title">{t('journey.title')}</h2>
      <fieldset className="filters">
        <legend>{t('journey.filters')}</legend>
        <div className="filter-group" role="group" aria-label={t('journey.filterAgency')}>
          {AGENCIES.map((agency) => (
            <label key={agency} className={`chip agency-${agency}`}>
              <input
                type="checkbox"
                checked={agencies.includes(agency)}
                onChange={(event) =>
                  setAgencies((current) =>
                    event.target.checked ? [...current, agency] : current.filter((a) => a !== agency),
                  )
                }
              />
              <span className="agency-dot" aria-hidden="true" />
              {code('agency', agency)}
            </label>
          ))}
        </div>
        <label className="inline">
          {t('journey.filterType')}{' '}
          <select value={type} onChange={(event) => setType(event.target.value)}>
            <option value="">{t('journey.type.all')}</option>
            {TYPE_PREFIXES.map((prefix) => (
              <option key={prefix} value={prefix}>
                {t(`journey.type.${prefix}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('journey.filterVisibility')}{' '}
          <select value={visibility} onChange={(event) => setVisibility(event.target.value as Visibility)}>
            <option value="">{t('journey.visibility.all')}</option>
            <option value="SHARED">{t('journey.visibility.shared')}</option>
            <option value="CONFIDENTIAL">{t('journey.visibility.confidential')}</option>
          </select>
        </label>
        <label className="inline">
          {t('journey.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as 'newest' | 'oldest')}>
            <option value="newest">{t('journey.sort.newest')}</option>
            <option value="oldest">{t('journey.sort.oldest')}</option>
          </select>
        </label>
      </fieldset>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && (
        <>
          <ProblemMessage problem={result.problem} />
          <button type="button" className="secondary" onClick={reload}>
            {t('state.retry')}
          </button>
        </>
      )}
      {result.state === 'loaded' && items.length === 0 && (
        <Empty>{filtered ? t('journey.noneMatch') : t('journey.empty')}</Empty>
      )}
      {result.state === 'loaded' && items.length > 0 && (
        <>
          <ol className="journey" aria-label={t('journey.title')}>
            {items.map((item) => (
              <JourneyEntry key={item.eventId} item={item} />
            ))}
          </ol>
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
