import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { UNIT_TYPES, type Commune, type Me, type UnitType } from '../../api/types';
import { Link, navigate } from '../../app/router';
import { Field, useSubmission } from '../../components/Form';
import { MoneyInput } from '../../components/MoneyInput';
import { ProblemMessage } from '../../components/ProblemMessage';
import { enterpriseNumberError } from '../../components/enterpriseNumberError';
import { useI18n, type MessageKey } from '../../i18n/I18n';
import { checkEnterpriseNumber } from '../../lib/enterpriseNumber';
import { compareDecimal, formatDate, parseMoneyInput, todayInBrussels } from '../../lib/format';
import { CommunesSelect } from './CommunesSelect';

export const LARGEST_SURFACE = 100000;
export const MAX_MONTHLY_BUDGET = '1000000.00';

function surfaceError(text: string): MessageKey | null {
  if (text.trim() === '') {
    return 'form.requiredField';
  }
  if (!/^\d+$/.test(text.trim())) {
    return 'housing.surfaceWhole';
  }
  const value = Number(text.trim());
  return value < 1 || value > LARGEST_SURFACE ? 'housing.surfaceRangeError' : null;
}

function budgetError(text: string): MessageKey | null {
  if (text.trim() === '') {
    return null; // optional
  }
  const exact = parseMoneyInput(text);
  if (exact === null) {
    return 'form.amountFormat';
  }
  if (compareDecimal(exact, '0.00') <= 0) {
    return 'form.amountPositive';
  }
  return compareDecimal(exact, MAX_MONTHLY_BUDGET) > 0 ? 'housing.budgetTooLarge' : null;
}

/** "01/09/2026" (also 1/9/2026, 01-09-2026, 01.09.2026) → "2026-09-01", or null when it is no date. */
export function parseBelgianDate(text: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  if (!match) {
    return null;
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

function shiftDate(iso: string, days: number, years = 0): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** Citydev staff record a location request: unit type, surface, budget, communes, date wanted. */
export function RecordLocationRequestForm(props: { me: Me; enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const today = todayInBrussels();
  const earliest = shiftDate(today, -1);
  const latest = shiftDate(today, 0, 5);
  const [number, setNumber] = useState(props.enterpriseNumber);
  const [unitType, setUnitType] = useState<UnitType | ''>('');
  const [surfaceMin, setSurfaceMin] = useState('');
  const [surfaceMax, setSurfaceMax] = useState('');
  const [budget, setBudget] = useState('');
  const [communes, setCommunes] = useState<Commune[]>([]);
  const [wantedFrom, setWantedFrom] = useState('');
  const [touched, setTouched] = useState<string[]>([]);
  const submission = useSubmission<unknown>();
  const touch = (field: string) => {
    setTouched((current) => (current.includes(field) ? current : [...current, field]));
    submission.edited(field);
  };
  const show = (field: string) => submission.tried || touched.includes(field);

  const minError = surfaceError(surfaceMin);
  let maxError = surfaceError(surfaceMax);
  if (!minError && !maxError && Number(surfaceMax) < Number(surfaceMin)) {
    maxError = 'housing.surfaceMaxBelowMin';
  }
  const wantedIso = parseBelgianDate(wantedFrom);
  let dateError: MessageKey | null = null;
  if (wantedFrom.trim() === '') {
    dateError = 'form.requiredField';
  } else if (wantedIso === null) {
    dateError = 'form.dateFormat';
  } else if (wantedIso < earliest || wantedIso > latest) {
    dateError = 'housing.wantedFromRange';
  }
  const errors = {
    enterpriseNumber: enterpriseNumberError(number),
    unitType: unitType === '' ? ('form.requiredField' as const) : null,
    surfaceMin: minError,
    surfaceMax: maxError,
    maxMonthlyBudget: budgetError(budget),
    wantedFrom: dateError,
  };
  const valid = Object.values(errors).every((error) => error === null);
  const message = (field: keyof typeof errors) => {
    const key = errors[field];
    return show(field) && key
      ? t(key, { min: 1, max: LARGEST_SURFACE, from: formatDate(earliest), until: formatDate(latest), surfaceMin })
      : null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkEnterpriseNumber(number);
    const digits = check.state === 'valid' ? check.digits : number;
    const exactBudget = parseMoneyInput(budget);
    void submission.submit(
      valid,
      () =>
        api.recordLocationRequest({
          enterpriseNumber: digits,
          unitType: unitType as UnitType,
          surfaceMin: Number(surfaceMin),
          surfaceMax: Number(surfaceMax),
          ...(exactBudget ? { maxMonthlyBudget: { currency: 'EUR', value: exactBudget } } : {}),
          communes,
          wantedFrom: wantedIso ?? wantedFrom,
        }),
      () => navigate({ name: 'company', number: digits }),
    );
  };

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{t('housing.recordTitle')}</h1>
      <Field id="enterpriseNumber" label={t('form.enterpriseNumber')} hint={t('form.enterpriseNumberHint')} required
        error={message('enterpriseNumber')} serverErrors={submission.serverErrors('enterpriseNumber')}>
        {(aria) => <input type="text" autoComplete="off" value={number} {...aria} onChange={(e) => { setNumber(e.target.value); touch('enterpriseNumber'); }} />}
      </Field>
      <Field id="unitType" label={t('housing.unitType')} required error={message('unitType')} serverErrors={submission.serverErrors('unitType')}>
        {(aria) => (
          <select value={unitType} {...aria} onChange={(e) => { setUnitType(e.target.value as UnitType); touch('unitType'); }}>
            <option value="">{t('form.choose')}</option>
            {UNIT_TYPES.map((value) => <option key={value} value={value}>{code('unitType', value)}</option>)}
          </select>
        )}
      </Field>
      <div className="field-row">
        <Field id="surfaceMin" label={t('housing.surfaceMin')} required error={message('surfaceMin')} serverErrors={submission.serverErrors('surfaceMin')}>
          {(aria) => <input type="text" inputMode="numeric" value={surfaceMin} {...aria} onChange={(e) => { setSurfaceMin(e.target.value); touch('surfaceMin'); }} />}
        </Field>
        <Field id="surfaceMax" label={t('housing.surfaceMax')} required error={message('surfaceMax')} serverErrors={submission.serverErrors('surfaceMax')}>
          {(aria) => <input type="text" inputMode="numeric" value={surfaceMax} {...aria} onChange={(e) => { setSurfaceMax(e.target.value); touch('surfaceMax'); }} />}
        </Field>
      </div>
      <Field id="maxMonthlyBudget" label={t('housing.budget')} hint={t('housing.budgetHint')} error={message('maxMonthlyBudget')}
        serverErrors={submission.serverErrors('maxMonthlyBudget')}>
        {(aria) => <MoneyInput value={budget} aria={aria} onChange={(text) => { setBudget(text); touch('maxMonthlyBudget'); }} />}
      </Field>
      <Field id="communes" label={t('housing.communes')} hint={t('housing.communesHint')} serverErrors={submission.serverErrors('communes')}>
        {(aria) => <CommunesSelect id={aria.id} describedBy={aria['aria-describedby']} value={communes} onChange={(value) => { setCommunes(value); touch('communes'); }} />}
      </Field>
      <Field id="wantedFrom" label={t('housing.wantedFrom')} hint={t('housing.wantedFromHint', { from: formatDate(earliest), until: formatDate(latest) })}
        required error={message('wantedFrom')} serverErrors={submission.serverErrors('wantedFrom')}>
        {(aria) => <input type="text" inputMode="numeric" placeholder={t('form.datePlaceholder')} value={wantedFrom} {...aria} onChange={(e) => { setWantedFrom(e.target.value); touch('wantedFrom'); }} />}
      </Field>
      {submission.problem && (
        <ProblemMessage problem={submission.problem}
          fieldsShown={['enterpriseNumber', 'unitType', 'surfaceMin', 'surfaceMax', 'maxMonthlyBudget', 'communes', 'wantedFrom']} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? t('form.sending') : t('housing.record')}
        </button>
        <Link to={{ name: 'company', number: props.enterpriseNumber }} className="button secondary">{t('form.cancel')}</Link>
      </div>
    </form>
  );
}
