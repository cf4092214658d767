import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import type { Me, Referral, ReferralInbox as Inbox } from '../../api/types';
import { agencyCodeOf } from '../../app/access';
import { Link } from '../../app/router';
import { Pagination } from '../../components/Pagination';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { usePaged } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate, formatDateTime } from '../../lib/format';
import { formatEnterpriseNumber } from '../../lib/enterpriseNumber';
import { ReferralActions } from './ReferralActions';
import { slaState } from './sla';

export const INBOX_PAGE_SIZE = 20;

type View = 'toAnswer' | 'overdue' | 'mine' | 'all';

const VIEWS: Record<View, { inbox: Inbox; overdue?: boolean }> = {
  toAnswer: { inbox: 'AGENCY' },
  overdue: { inbox: 'AGENCY', overdue: true },
  mine: { inbox: 'MINE' },
  all: { inbox: 'ALL' },
};

/** One referral: company, from → to, reason, state, SLA colour, history, and the next step for this agency. */
export function ReferralCard(props: { referral: Referral; myAgency: string | null; onMoved: () => void }) {
  const { t, code } = useI18n();
  const { referral } = props;
  const sla = slaState(referral);
  return (
    <li className={`referral sla-${sla}`} data-testid="referral">
      <div className="referral-head">
        <Link to={{ name: 'company', number: referral.enterpriseNumber }}>{formatEnterpriseNumber(referral.enterpriseNumber)}</Link>
        <span>
          <span className={`agency-tag agency-${referral.fromAgency}`}>{code('agency', referral.fromAgency)}</span> →{' '}
          <span className={`agency-tag agency-${referral.toAgency}`}>{code('agency', referral.toAgency)}</span>
        </span>
        <span className="badge" data-testid="referral-state">{code('referralState', referral.state)}</span>
        {referral.dueAt && (
          <span className={`sla sla-${sla}`} data-testid="referral-sla">
            {sla === 'overdue'
              ? t('referral.overdue', { date: formatDateTime(referral.dueAt) })
              : t('referral.due', { date: formatDateTime(referral.dueAt) })}
          </span>
        )}
      </div>
      <p className="referral-reason">{referral.reason}</p>
      <p className="hint">
        {t('referral.sentBy', { name: referral.referrer.name, date: formatDate(referral.sentAt) })}
        {referral.assignee && ` · ${t('referral.assignee', { name: referral.assignee.name })}`}
      </p>
      {referral.declineReason && <p>{t('referral.declinedBecause', { reason: referral.declineReason })}</p>}
      {referral.outcomeCode && (
        <p>
          {t('referral.outcomeWas', { outcome: code('outcome', referral.outcomeCode) })}
          {referral.outcomeNote && ` — ${referral.outcomeNote}`}
        </p>
      )}
      <details>
        <summary>{t('referral.history', { count: referral.history.length })}</summary>
        <ol className="history">
          {referral.history.map((step, index) => (
            <li key={index}>
              {formatDateTime(step.at)} — {code('referralState', step.state)} ({code('agency', step.agency)}, {step.by})
              {step.note && `: ${step.note}`}
            </li>
          ))}
        </ol>
      </details>
      <ReferralActions referral={referral} myAgency={props.myAgency} onMoved={props.onMoved} />
    </li>
  );
}

/** The agency's referral inbox: to answer, overdue (SLA colours), mine, all; each with its next step. */
export function ReferralInbox(props: { me: Me }) {
  const { t } = useI18n();
  const [view, setView] = useState<View>('toAnswer');
  const myAgency = agencyCodeOf(props.me.agency);
  const load = useCallback(
    (page: number, signal: AbortSignal) =>
      api.referrals({ ...VIEWS[view], sort: 'oldest', page, size: INBOX_PAGE_SIZE }, signal),
    [view],
  );
  const { page, setPage, result, reload } = usePaged(load);
  return (
    <section className="panel" aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('nav.referrals')}</h1>
      <div className="tabs" role="group" aria-label={t('referral.views')}>
        {(Object.keys(VIEWS) as View[]).map((key) => (
          <button key={key} type="button" className={view === key ? undefined : 'secondary'} aria-pressed={view === key}
            onClick={() => { setView(key); setPage(0); }}>
            {t(`referral.view.${key}`)}
          </button>
        ))}
        <button type="button" className="secondary" onClick={reload}>{t('referral.reload')}</button>
      </div>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <ProblemMessage problem={result.problem} />}
      {result.state === 'loaded' && result.data.items.length === 0 && <Empty>{t(`referral.empty.${view}`)}</Empty>}
      {result.state === 'loaded' && result.data.items.length > 0 && (
        <>
          <ul className="referrals">
            {result.data.items.map((referral) => (
              <ReferralCard key={referral.referralId} referral={referral} myAgency={myAgency} onMoved={reload} />
            ))}
          </ul>
          <Pagination page={page} totalPages={result.data.totalPages} totalItems={result.data.totalItems}
            onPage={setPage} label={t('nav.referrals')} />
        </>
      )}
    </section>
  );
}
