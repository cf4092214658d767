import { useI18n } from '../i18n/I18n';
import { formatMoney, parseMoneyInput } from '../lib/format';

/**
 * An amount in euros typed in the user's notation (25.000,50 or 25000.50); shows back how it was read,
 * formatted for the language, so that a misplaced separator is seen before sending.
 */
export function MoneyInput(props: {
  value: string;
  onChange: (text: string) => void;
  aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-required'?: boolean };
}) {
  const { t, language } = useI18n();
  const exact = parseMoneyInput(props.value);
  return (
    <div className="money">
      <span className="money-symbol" aria-hidden="true">€</span>
      <input type="text" inputMode="decimal" autoComplete="off" value={props.value} {...props.aria} onChange={(e) => props.onChange(e.target.value)} />
      {exact && <span className="money-read">{t('form.amountRead', { amount: formatMoney(exact, 'EUR', language) })}</span>}
    </div>
  );
}
