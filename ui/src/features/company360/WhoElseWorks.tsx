import { useCallback } from 'react';
import { api } from '../../api/client';
import type { AgencyInvolvement } from '../../api/types';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { useLoad } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';

/**
 * Every agency that works with the company, with its named contact, the stage and whether its file is
 * open: visible to every partner agency even when the detail is confidential.
 */
export function WhoElseWorks(props: { enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback((signal: AbortSignal) => api.agencies(enterpriseNumber, signal), [enterpriseNumber]);
  const { result, reload } = useLoad<AgencyInvolvement[]>(load);
  return (
    <section className="panel" aria-labelledby="who-else-title" data-testid="who-else-works">
      <h2 id="who-else-title">{t('whoElse.title')}</h2>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && (
        <>
          <ProblemMessage problem={result.problem} />
          <button type="button" className="secondary" onClick={reload}>{t('state.retry')}</button>
        </>
      )}
      {result.state === 'loaded' && result.data.length === 0 && <Empty>{t('whoElse.nobody')}</Empty>}
      {result.state === 'loaded' && result.data.length > 0 && (
        <ul className="involvements">
          {result.data.map((involvement) => (
            <li key={involvement.agency} className={`agency-${involvement.agency}`}>
              <span className="agency-dot" aria-hidden="true" />
              <div>
                <p>
                  <strong className="agency-tag">{code('agency', involvement.agency)}</strong>{' '}
                  <span className={involvement.openFile ? 'badge ok' : 'badge'}>
                    {involvement.openFile ? t('whoElse.open') : t('whoElse.closed')}
                  </span>
                </p>
                <p>
                  {involvement.latest?.headline ?? code('eventType', involvement.stage)}{' '}
                  <span className="hint">({t('company.since', { date: formatDate(involvement.since) })})</span>
                </p>
                {involvement.contact && (involvement.contact.name || involvement.contact.email) && (
                  <p className="hint">
                    {t('journey.contact')}: {involvement.contact.name}
                    {involvement.contact.email && (
                      <>
                        {' '}
                        <a href={`mailto:${involvement.contact.email}`}>{involvement.contact.email}</a>
                      </>
                    )}
                  </p>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
