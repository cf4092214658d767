import { useI18n } from '../i18n/I18n';
import type { ReactNode } from 'react';

export function Loading(props: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> {props.label ?? t('state.loading')}
    </p>
  );
}

export function Empty(props: { children: ReactNode }) {
  return <p className="empty">{props.children}</p>;
}
