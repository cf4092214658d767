import type { Me } from '../../api/types';
import { access } from '../../app/access';
import { Link, navigate } from '../../app/router';
import { useI18n } from '../../i18n/I18n';
import { SearchBox } from '../search/SearchBox';

/** Search first: the landing screen is the search box. */
export function HomePage(props: { me: Me }) {
  const { t } = useI18n();
  if (!access.mayReadCompanies(props.me)) {
    return (
      <section className="panel">
        <h1>{t('home.title')}</h1>
        <p>{t('home.aggregatesOnly')}</p>
        <Link to={{ name: 'dashboard' }} className="button">{t('nav.dashboard')}</Link>
      </section>
    );
  }
  return (
    <section className="panel home" aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <SearchBox autoFocus onOpen={(hit) => navigate({ name: 'company', number: hit.enterpriseNumber })} />
    </section>
  );
}
