import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { Me, Problem } from '../api/types';
import { CompanyPage } from '../features/company360/CompanyPage';
import { RecordApplicationForm } from '../features/financing/RecordApplicationForm';
import { OpenGuidanceFileForm } from '../features/guidanceFiles/OpenGuidanceFileForm';
import { HomePage } from '../features/home/HomePage';
import { RecordLocationRequestForm } from '../features/housing/RecordLocationRequestForm';
import { ReferralInbox } from '../features/referrals/ReferralInbox';
import { KboImportPage } from '../features/kboImport/KboImportPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { KeyAccountsPage } from '../features/keyAccounts/KeyAccountsPage';
import { Header } from '../features/shell/Header';
import { LoginPage } from '../features/shell/LoginPage';
import { WorkListPage } from '../features/shell/WorkListPage';
import { initialLanguage, languageOf, rememberLanguage } from '../features/shell/languageStore';
import { ProblemMessage, asProblem } from '../components/ProblemMessage';
import { Loading } from '../components/States';
import { I18nProvider, translate, useI18n } from '../i18n/I18n';
import type { Language } from '../i18n/languages';
import { Link, useRoute, type Route } from './router';

type Session = { state: 'loading' } | { state: 'anonymous' } | { state: 'in'; me: Me } | { state: 'failed'; problem: Problem };

function Screen(props: { me: Me; route: Route }) {
  const { me, route } = props;
  switch (route.name) {
    case 'home':
      return <HomePage me={me} />;
    case 'company':
      return <CompanyPage key={route.number} me={me} number={route.number} />;
    case 'openGuidanceFile':
      return <OpenGuidanceFileForm me={me} enterpriseNumber={route.number} />;
    case 'recordApplication':
      return <RecordApplicationForm me={me} enterpriseNumber={route.number} />;
    case 'recordLocationRequest':
      return <RecordLocationRequestForm me={me} enterpriseNumber={route.number} />;
    case 'guidanceFiles':
    case 'applications':
    case 'locationRequests':
      return <WorkListPage me={me} list={route.name} />;
    case 'referrals':
      return <ReferralInbox me={me} />;
    case 'keyAccounts':
      return <KeyAccountsPage />;
    case 'kboImport':
      return <KboImportPage />;
    case 'dashboard':
      return <DashboardPage />;
    case 'notFound':
      return <NotFoundPage />;
  }
}

function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="panel">
      <h1>{t('notFound.title')}</h1>
      <Link to={{ name: 'home' }}>{t('company.backToSearch')}</Link>
    </section>
  );
}

export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session>({ state: 'loading' });
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    const controller = new AbortController();
    api.me(controller.signal).then(
      (me) => {
        setSession({ state: 'in', me });
        const remembered = languageOf(me.username);
        if (remembered) {
          setLanguageState(remembered);
        }
      },
      (error: unknown) => {
        if (controller.signal.aborted) {
          return;
        }
        setSession(error instanceof ApiError && error.status === 401 ? { state: 'anonymous' } : { state: 'failed', problem: asProblem(error) });
      },
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'app.title');
  }, [language]);

  const username = session.state === 'in' ? session.me.username : null;
  const setLanguage = useCallback(
    (next: Language) => {
      setLanguageState(next);
      rememberLanguage(next, username);
    },
    [username],
  );

  const me = session.state === 'in' ? session.me : null;
  const loginFailed = new URLSearchParams(window.location.search).get('login') === 'failed';
  return (
    <I18nProvider language={language} onLanguageChange={setLanguage}>
      <a className="skip-link" href="#main">{translate(language, 'app.skipToContent')}</a>
      <Header me={me} route={route} />
      <main id="main" tabIndex={-1}>
        {session.state === 'loading' && <Loading />}
        {session.state === 'anonymous' && <LoginPage failed={loginFailed} />}
        {session.state === 'failed' && <ProblemMessage problem={session.problem} />}
        {me && <Screen me={me} route={route} />}
      </main>
    </I18nProvider>
  );
}

