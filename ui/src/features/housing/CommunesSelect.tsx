import { useState } from 'react';
import { COMMUNES, type Commune } from '../../api/types';
import { useI18n } from '../../i18n/I18n';

/**
 * The 19 communes as a filterable group of checkboxes (keyboard: Tab into the list, Space to tick), with
 * the chosen ones listed above; none chosen means "anywhere in the region".
 */
export function CommunesSelect(props: {
  id: string;
  value: Commune[];
  onChange: (communes: Commune[]) => void;
  describedBy?: string;
}) {
  const { t, code } = useI18n();
  const [filter, setFilter] = useState('');
  const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const visible = COMMUNES.filter((commune) => plain(code('commune', commune)).includes(plain(filter)));
  const toggle = (commune: Commune, on: boolean) =>
    props.onChange(on ? COMMUNES.filter((c) => c === commune || props.value.includes(c)) : props.value.filter((c) => c !== commune));
  return (
    <fieldset className="communes" id={props.id} aria-describedby={props.describedBy}>
      <legend className="visually-hidden">{t('housing.communes')}</legend>
      <p className="chosen" aria-live="polite">
        {props.value.length === 0
          ? t('housing.anywhere')
          : t('housing.chosen', { count: props.value.length, names: props.value.map((c) => code('commune', c)).join(', ') })}
      </p>
      <label className="inline">
        {t('housing.filterCommunes')}{' '}
        <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </label>
      <div className="commune-grid">
        {visible.map((commune) => (
          <label key={commune} className="check">
            <input
              type="checkbox"
              value={commune}
              checked={props.value.includes(commune)}
              onChange={(e) => toggle(commune, e.target.checked)}
            />
            {code('commune', commune)}
          </label>
        ))}
      </div>
      {props.value.length > 0 && (
        <button type="button" className="link" onClick={() => props.onChange([])}>
          {t('housing.clearCommunes')}
        </button>
      )}
    </fieldset>
  );
}
