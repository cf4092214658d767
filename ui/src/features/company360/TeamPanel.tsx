import { useCallback } from 'react';
import { api } from '../../api/client';
import type { Team } from '../../api/types';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { useLoad } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';

/** The multidisciplinary team (one member per pole and Actiris), the key-account flag and recruitment needs. */
export function TeamPanel(props: { enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback((signal: AbortSignal) => api.team(enterpriseNumber, signal), [enterpriseNumber]);
  const { result } = useLoad<Team>(load);
  return (
    <section className="panel" aria-labelledby="team-title" data-testid="team">
      <h2 id="team-title">{t('team.title')}</h2>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <ProblemMessage problem={result.problem} />}
      {result.state === 'loaded' && (
        <>
          {result.data.keyAccount && (
            <p>
              <span className="badge ok">{t('team.keyAccount')}</span>{' '}
              {result.data.keyAccountSince && t('company.since', { date: formatDate(result.data.keyAccountSince) })}
            </p>
          )}
          {result.data.members.length === 0 ? (
            <Empty>{t('team.noMembers')}</Empty>
          ) : (
            <ul className="involvements">
              {result.data.members.map((member) => (
                <li key={member.pole} className={`agency-${member.agency}`}>
                  <span className="agency-dot" aria-hidden="true" />
                  <span>
                    <strong>{code('agency', member.agency)}</strong> — {member.name}{' '}
                    {member.email && <a href={`mailto:${member.email}`}>{member.email}</a>}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {result.data.recruitmentRedacted && (
            <p className="redacted">
              <span className="badge">{t('journey.redacted')}</span> {t('team.needsRedacted')}
            </p>
          )}
          {result.data.recruitmentNeeds.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t('team.needs')}>
              <table>
                <caption>{t('team.needs')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('team.needKind')}</th>
                    <th scope="col">{t('team.needTitle')}</th>
                    <th scope="col" className="number">{t('team.positions')}</th>
                    <th scope="col" className="number">{t('team.candidates')}</th>
                    <th scope="col">{t('team.date')}</th>
                    <th scope="col">{t('list.stage')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.recruitmentNeeds.map((need) => (
                    <tr key={need.needId}>
                      <td>{code('needKind', need.kind)}</td>
                      <td>{need.title}</td>
                      <td className="number">{need.positions}</td>
                      <td className="number">{need.candidates}</td>
                      <td>{formatDate(need.date)}</td>
                      <td>{code('stage', need.status)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
