import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import { Link } from '../../app/router';
import { Pagination } from '../../components/Pagination';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { usePaged } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';
import { formatEnterpriseNumber } from '../../lib/enterpriseNumber';

/** Actiris's key-account portfolio: each key account with its team and open recruitment needs. */
export function KeyAccountsPage() {
  const { t, code } = useI18n();
  const [mine, setMine] = useState(true);
  const load = useCallback((page: number, signal: AbortSignal) => api.keyAccounts({ mine, page, size: 20 }, signal), [mine]);
  const { page, setPage, result } = usePaged(load);
  return (
    <section className="panel" aria-labelledby="kam-title">
      <h1 id="kam-title">{t('nav.keyAccounts')}</h1>
      <label className="check">
        <input type="checkbox" checked={mine} onChange={(e) => { setMine(e.target.checked); setPage(0); }} /> {t('kam.mine')}
      </label>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <ProblemMessage problem={result.problem} />}
      {result.state === 'loaded' && result.data.items.length === 0 && <Empty>{t('kam.none')}</Empty>}
      {result.state === 'loaded' && result.data.items.length > 0 && (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('nav.keyAccounts')}>
            <table>
              <caption>{t('nav.keyAccounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.company')}</th>
                  <th scope="col">{t('kam.since')}</th>
                  <th scope="col">{t('team.title')}</th>
                  <th scope="col" className="number">{t('kam.openNeeds')}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.items.map((team) => (
                  <tr key={team.enterpriseNumber}>
                    <td><Link to={{ name: 'company', number: team.enterpriseNumber }}>{formatEnterpriseNumber(team.enterpriseNumber)}</Link></td>
                    <td>{team.keyAccountSince ? formatDate(team.keyAccountSince) : ''}</td>
                    <td>{team.members.map((m) => `${m.name} (${code('agency', m.agency)})`).join(', ')}</td>
                    <td className="number">
                      {team.recruitmentRedacted ? t('journey.redacted') : team.recruitmentNeeds.filter((n) => n.status === 'OPEN').length}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} totalPages={result.data.totalPages} totalItems={result.data.totalItems} onPage={setPage} label={t('nav.keyAccounts')} />
        </>
      )}
    </section>
  );
}
