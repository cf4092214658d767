import { useI18n } from '../i18n/I18n';

/** Previous / next with "page x of y" and the total; every list of the UI is paged by the server. */
export function Pagination(props: {
  page: number;
  totalPages: number;
  totalItems: number;
  onPage: (page: number) => void;
  label: string;
}) {
  const { t } = useI18n();
  const { page, totalPages, totalItems, onPage } = props;
  if (totalPages <= 1) {
    return <p className="hint">{t('paging.total', { total: totalItems })}</p>;
  }
  return (
    <nav className="pagination" aria-label={props.label}>
      <button type="button" className="secondary" disabled={page <= 0} onClick={() => onPage(page - 1)}>
        {t('paging.previous')}
      </button>
      <span aria-live="polite">{t('paging.position', { page: page + 1, pages: totalPages, total: totalItems })}</span>
      <button type="button" className="secondary" disabled={page + 1 >= totalPages} onClick={() => onPage(page + 1)}>
        {t('paging.next')}
      </button>
    </nav>
  );
}
