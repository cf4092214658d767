import { useCallback, type ReactNode } from 'react';
import { NETWORK_ERROR } from '../api/client';
import type { JourneyItem, Page } from '../api/types';
import { JourneyEntry } from '../features/company360/JourneyTimeline';
import { useI18n, type MessageKey } from '../i18n/I18n';
import { Pagination } from './Pagination';
import { ProblemMessage } from './ProblemMessage';
import { Empty, Loading } from './States';
import { usePaged } from './usePaged';

export const LIST_PAGE_SIZE = 20;

export interface Column<T> {
  header: MessageKey;
  cell: (item: T) => ReactNode;
  className?: string;
}

export type Pole = 'guidance' | 'financing' | 'housing';

/** A pole that does not answer (gateway fallback 503, timeout 504, bad gateway 502, network). */
export function isUnavailable(status: number): boolean {
  return status === NETWORK_ERROR || status === 502 || status === 503 || status === 504;
}

/**
 * A pole is not answering: said plainly, with the last entries the CRM's journey holds for it, never as
 * an empty list or an error page.
 */
export function PoleUnavailable(props: { pole: Pole; lastKnown: JourneyItem[] }) {
  const { t } = useI18n();
  return (
    <div className="unavailable" data-testid={`pole-unavailable-${props.pole}`}>
      <p>
        <span className="badge warning">{t('pole.unavailable')}</span> {t('pole.unavailableExplained', { pole: t(`pole.${props.pole}`) })}
      </p>
      {props.lastKnown.length > 0 ? (
        <>
          <p className="hint">{t('pole.lastKnown')}</p>
          <ol className="journey compact">
            {props.lastKnown.map((item) => (
              <JourneyEntry key={item.eventId} item={item} />
            ))}
          </ol>
        </>
      ) : (
        <p className="hint">{t('pole.noLastKnown')}</p>
      )}
    </div>
  );
}

/** A paged table of one pole's records, with loading, empty, error and unavailable states. */
export function PoleList<T>(props: {
  pole: Pole;
  caption: string;
  load: (page: number, size: number, signal: AbortSignal) => Promise<Page<T>>;
  columns: Column<T>[];
  rowKey: (item: T) => string;
  emptyText: string;
  lastKnown?: JourneyItem[];
}) {
  const { t } = useI18n();
  const { load: loadPage } = props;
  const load = useCallback((page: number, signal: AbortSignal) => loadPage(page, LIST_PAGE_SIZE, signal), [loadPage]);
  const { page, setPage, result, reload } = usePaged(load);
  if (result.state === 'loading') {
    return <Loading />;
  }
  if (result.state === 'failed') {
    if (isUnavailable(result.problem.status)) {
      return (
        <>
          <PoleUnavailable pole={props.pole} lastKnown={props.lastKnown ?? []} />
          <button type="button" className="secondary" onClick={reload}>
            {t('state.retry')}
          </button>
        </>
      );
    }
    return <ProblemMessage problem={result.problem} />;
  }
  const { items, totalItems, totalPages } = result.data;
  if (items.length === 0) {
    return <Empty>{props.emptyText}</Empty>;
  }
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={props.caption}>
        <table>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              {props.columns.map((column) => (
                <th key={column.header} scope="col" className={column.className}>
                  {t(column.header)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={props.rowKey(item)}>
                {props.columns.map((column) => (
                  <td key={column.header} className={column.className}>
                    {column.cell(item)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} totalPages={totalPages} totalItems={totalItems} onPage={setPage} label={props.caption} />
    </>
  );
}
