import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Instrument, Me } from '../../api/types';
import { access } from '../../app/access';
import { Link, navigate } from '../../app/router';
import { Field, useSubmission } from '../../components/Form';
import { MoneyInput } from '../../components/MoneyInput';
import { ProblemMessage } from '../../components/ProblemMessage';
import { enterpriseNumberError } from '../../components/enterpriseNumberError';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { checkEnterpriseNumber } from '../../lib/enterpriseNumber';
import { compareDecimal, parseMoneyInput } from '../../lib/format';

export const MAX_AMOUNT = '10000000.00';
export const MAX_PURPOSE_LENGTH = 500;

function amountError(text: string): MessageKey | null {
  if (text.trim() === '') {
    return 'form.requiredField';
  }
  const exact = parseMoneyInput(text);
  if (exact === null) {
    return 'form.amountFormat';
  }
  if (compareDecimal(exact, '0.00') <= 0) {
    return 'form.amountPositive';
  }
  if (compareDecimal(exact, MAX_AMOUNT) > 0) {
    return 'financing.amountTooLarge';
  }
  return null;
}

/** Finance staff record a financing application: instrument, amount in EUR, purpose. */
export function RecordApplicationForm(props: { me: Me; enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const [number, setNumber] = useState(props.enterpriseNumber);
  const [instrument, setInstrument] = useState<Instrument | ''>('');
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [touched, setTouched] = useState<string[]>([]);
  const submission = useSubmission<unknown>();
  const touch = (field: string) => {
    setTouched((current) => (current.includes(field) ? current : [...current, field]));
    submission.edited(field);
  };
  const show = (field: string) => submission.tried || touched.includes(field);

  const errors = {
    enterpriseNumber: enterpriseNumberError(number),
    instrument: instrument === '' ? ('form.requiredField' as const) : null,
    amount: amountError(amount),
    purpose:
      purpose.trim() === '' ? ('form.requiredField' as const) : [...purpose.trim()].length > MAX_PURPOSE_LENGTH ? ('form.tooLong' as const) : null,
  };
  const valid = Object.values(errors).every((error) => error === null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkEnterpriseNumber(number);
    const digits = check.state === 'valid' ? check.digits : number;
    void submission.submit(
      valid,
      () =>
        api.recordApplication({
          enterpriseNumber: digits,
          instrument: instrument as Instrument,
          amount: { currency: 'EUR', value: parseMoneyInput(amount) ?? amount },
          purpose: purpose.trim(),
        }),
      () => navigate({ name: 'company', number: digits }),
    );
  };

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{t('financing.recordTitle')}</h1>
      <Field id="enterpriseNumber" label={t('form.enterpriseNumber')} hint={t('form.enterpriseNumberHint')} required
        error={show('enterpriseNumber') && errors.enterpriseNumber ? t(errors.enterpriseNumber) : null}
        serverErrors={submission.serverErrors('enterpriseNumber')}>
        {(aria) => <input type="text" autoComplete="off" value={number} {...aria} onChange={(e) => { setNumber(e.target.value); touch('enterpriseNumber'); }} />}
      </Field>
      <Field id="instrument" label={t('financing.instrument')} required
        error={show('instrument') && errors.instrument ? t(errors.instrument) : null}
        serverErrors={submission.serverErrors('instrument')}>
        {(aria) => (
          <select value={instrument} {...aria} onChange={(e) => { setInstrument(e.target.value as Instrument); touch('instrument'); }}>
            <option value="">{t('form.choose')}</option>
            {access.instruments(props.me).map((value) => (
              <option key={value} value={value}>{code('instrument', value)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id="amount" label={t('financing.amount')} hint={t('financing.amountHint')} required
        error={show('amount') && errors.amount ? t(errors.amount) : null}
        serverErrors={submission.serverErrors('amount')}>
        {(aria) => <MoneyInput value={amount} aria={aria} onChange={(text) => { setAmount(text); touch('amount'); }} />}
      </Field>
      <Field id="purpose" label={t('financing.purpose')} required
        hint={t('guidance.noteHint', { count: [...purpose.trim()].length, max: MAX_PURPOSE_LENGTH })}
        error={show('purpose') && errors.purpose ? t(errors.purpose, { max: MAX_PURPOSE_LENGTH }) : null}
        serverErrors={submission.serverErrors('purpose')}>
        {(aria) => <textarea rows={3} value={purpose} {...aria} onChange={(e) => { setPurpose(e.target.value); touch('purpose'); }} />}
      </Field>
      {submission.problem && (
        <ProblemMessage problem={submission.problem} fieldsShown={['enterpriseNumber', 'instrument', 'amount', 'purpose']} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? t('form.sending') : t('financing.record')}
        </button>
        <Link to={{ name: 'company', number: props.enterpriseNumber }} className="button secondary">{t('form.cancel')}</Link>
      </div>
    </form>
  );
}
