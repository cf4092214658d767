import { useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { Me } from '../../api/types';
import { access, mayHandleReferrals, mayReadIndicators } from '../../app/access';
import { Link, type Route } from '../../app/router';
import { useI18n } from '../../i18n/I18n';
import { LanguageSwitch } from './LanguageSwitch';

/** The app bar: brand, the user's work lists, language, who is logged in (name, agency, roles), logout. */
export function Header(props: { me: Me | null; route: Route }) {
  const { t, code } = useI18n();
  const { me, route } = props;
  const [loggingOut, setLoggingOut] = useState(false);
  const [logoutFailed, setLogoutFailed] = useState(false);

  const logout = async () => {
    setLoggingOut(true);
    setLogoutFailed(false);
    try {
      window.location.assign(await api.logout());
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) {
        window.location.reload();
        return;
      }
      setLogoutFailed(true);
      setLoggingOut(false);
    }
  };

  const nav: Array<{ to: Route; label: string; show: boolean }> = me
    ? [
        { to: { name: 'home' }, label: t('nav.search'), show: access.mayReadCompanies(me) },
        { to: { name: 'guidanceFiles' }, label: t('nav.guidanceFiles'), show: access.isGuidanceStaff(me) },
        { to: { name: 'applications' }, label: t('nav.applications'), show: access.isFinancingStaff(me) },
        { to: { name: 'locationRequests' }, label: t('nav.locationRequests'), show: access.isHousingStaff(me) },
        { to: { name: 'referrals' }, label: t('nav.referrals'), show: mayHandleReferrals(me) },
        { to: { name: 'keyAccounts' }, label: t('nav.keyAccounts'), show: me.agency === '/actiris' },
        { to: { name: 'kboImport' }, label: t('nav.kboImport'), show: me.roles.includes('admin') },
        { to: { name: 'dashboard' }, label: t('nav.dashboard'), show: mayReadIndicators(me) },
      ]
    : [];

  return (
    <header className="bar">
      <Link to={{ name: 'home' }} className="brand">
        {t('app.title')}
      </Link>
      {me && (
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {nav
              .filter((item) => item.show)
              .map((item) => (
                <li key={item.to.name}>
                  <Link to={item.to} aria-current={route.name === item.to.name ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
      )}
      <div className="bar-end">
        <LanguageSwitch />
        {me && (
          <div className="user" data-testid="user">
            <span className="user-name">{me.name ?? me.username}</span>
            <span className="user-agency" data-testid="user-agency">
              {me.agency ? code('agencyGroup', me.agency) : t('user.noAgency')}
            </span>
            <span className="user-roles" data-testid="user-roles">
              {me.roles.length ? me.roles.map((role) => code('role', role)).join(', ') : t('user.noRole')}
            </span>
            <button type="button" className="secondary" onClick={logout} disabled={loggingOut}>
              {t('session.logout')}
            </button>
            {logoutFailed && (
              <span role="alert" className="problem-inline">
                {t('problem.network')}
              </span>
            )}
          </div>
        )}
      </div>
    </header>
  );
}
