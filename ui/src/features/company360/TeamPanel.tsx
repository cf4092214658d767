import { useCallback, useState } from 'react';
import { api } from '../../api/client';
import type { Me, Problem, Team } from '../../api/types';
import { agencyCodeOf, mayHandleReferrals } from '../../app/access';
import { ProblemMessage, asProblem } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { useLoad } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';

/**
 * The multidisciplinary team (one member per pole and Actiris), the key-account flag and recruitment needs.
 * Staff join the team as their pole's member; Actiris flags key accounts. Both send the version read, so a
 * change someone made in the meantime is a 409, explained, and the team reloads.
 */
export function TeamPanel(props: { enterpriseNumber: string; me: Me }) {
  const { t, code } = useI18n();
  const { enterpriseNumber, me } = props;
  const load = useCallback((signal: AbortSignal) => api.team(enterpriseNumber, signal), [enterpriseNumber]);
  const { result, reload } = useLoad<Team>(load);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const act = (change: (team: Team) => Promise<Team>) => {
    if (result.state !== 'loaded') return;
    setBusy(true);
    setProblem(null);
    change(result.data).then(
      () => { setBusy(false); reload(); },
      (error: unknown) => { setBusy(false); setProblem(asProblem(error)); if (asProblem(error).status === 409) reload(); },
    );
  };
  const myAgency = agencyCodeOf(me.agency);
  const isKam = me.agency === '/actiris' && me.roles.some((role) => role === 'kam' || role === 'manager');
  const mayJoin = mayHandleReferrals(me) && (me.agency !== '/actiris' || isKam);
  return (
    <section className="panel" aria-labelledby="team-title" data-testid="team">
      <h2 id="team-title">{t('team.title')}</h2>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <ProblemMessage problem={result.problem} />}
      {result.state === 'loaded' && (
        <>
          <div className="button-row">
            {mayJoin && !result.data.members.some((m) => m.username === me.username && m.agency === myAgency) && (
              <button type="button" className="secondary" disabled={busy}
                onClick={() => act((team) => api.assignTeamMember(enterpriseNumber, { username: me.username, name: me.name ?? me.username, email: me.email ?? '', version: team.version }))}>
                {t('team.join')}
              </button>
            )}
            {isKam && (
              <button type="button" className="secondary" disabled={busy}
                onClick={() => act((team) => api.setKeyAccount(enterpriseNumber, { keyAccount: !team.keyAccount, version: team.version }))}>
                {result.data.keyAccount ? t('team.unflag') : t('team.flag')}
              </button>
            )}
          </div>
          {problem && <ProblemMessage problem={problem} />}
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
