import { useI18n } from '../../i18n/I18n';

/** Not logged in: one button to Keycloak (the gateway starts the OIDC login). */
export function LoginPage(props: { failed: boolean }) {
  const { t } = useI18n();
  return (
    <section className="panel login" aria-labelledby="login-title">
      <h1 id="login-title">{t('login.title')}</h1>
      <p>{t('login.lead')}</p>
      {props.failed && (
        <p className="problem" role="alert">
          {t('login.failed')}
        </p>
      )}
      <a className="button" href="/oauth2/authorization/keycloak">
        {t('session.login')}
      </a>
    </section>
  );
}
