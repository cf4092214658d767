import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { Me, PackageType } from '../../api/types';
import { access } from '../../app/access';
import { Link, navigate } from '../../app/router';
import { Field, useSubmission } from '../../components/Form';
import { ProblemMessage } from '../../components/ProblemMessage';
import { enterpriseNumberError } from '../../components/enterpriseNumberError';
import { useI18n } from '../../i18n/I18n';
import { checkEnterpriseNumber } from '../../lib/enterpriseNumber';

export const MAX_NOTE_LENGTH = 2000;

/** Guidance staff open a guidance file for a company: package, optional confidential note. */
export function OpenGuidanceFileForm(props: { me: Me; enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const packages = access.packageTypes(props.me);
  const [number, setNumber] = useState(props.enterpriseNumber);
  const [packageType, setPackageType] = useState<PackageType | ''>('');
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState<string[]>([]);
  const submission = useSubmission<unknown>();
  const touch = (field: string) => {
    setTouched((current) => (current.includes(field) ? current : [...current, field]));
    submission.edited(field);
  };
  const show = (field: string) => submission.tried || touched.includes(field);

  const numberError = enterpriseNumberError(number);
  const packageError = packageType === '' ? 'form.requiredField' : null;
  const noteError = note.trim().length > MAX_NOTE_LENGTH ? 'form.tooLong' : null;
  const valid = !numberError && !packageError && !noteError;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkEnterpriseNumber(number);
    void submission.submit(
      valid,
      () =>
        api.openGuidanceFile({
          enterpriseNumber: check.state === 'valid' ? check.digits : number,
          packageType: packageType as PackageType,
          ...(note.trim() ? { note: note.trim() } : {}),
        }),
      () => navigate({ name: 'company', number: check.state === 'valid' ? check.digits : props.enterpriseNumber }),
    );
  };

  return (
    <form className="panel form" onSubmit={onSubmit} noValidate aria-labelledby="form-title">
      <h1 id="form-title">{t('guidance.openTitle')}</h1>
      <Field
        id="enterpriseNumber"
        label={t('form.enterpriseNumber')}
        hint={t('form.enterpriseNumberHint')}
        required
        error={show('enterpriseNumber') && numberError ? t(numberError) : null}
        serverErrors={submission.serverErrors('enterpriseNumber')}
      >
        {(aria) => (
          <input type="text" autoComplete="off" value={number} {...aria} onChange={(e) => { setNumber(e.target.value); touch('enterpriseNumber'); }} />
        )}
      </Field>
      <Field
        id="packageType"
        label={t('guidance.package')}
        required
        error={show('packageType') && packageError ? t(packageError) : null}
        serverErrors={submission.serverErrors('packageType')}
      >
        {(aria) => (
          <select value={packageType} {...aria} onChange={(e) => { setPackageType(e.target.value as PackageType); touch('packageType'); }}>
            <option value="">{t('form.choose')}</option>
            {packages.map((type) => (
              <option key={type} value={type}>
                {code('package', type)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="note"
        label={t('guidance.note')}
        hint={t('guidance.noteHint', { count: note.trim().length, max: MAX_NOTE_LENGTH })}
        error={noteError ? t(noteError, { max: MAX_NOTE_LENGTH }) : null}
        serverErrors={submission.serverErrors('note')}
      >
        {(aria) => <textarea rows={4} value={note} {...aria} onChange={(e) => { setNote(e.target.value); touch('note'); }} />}
      </Field>
      {submission.problem && (
        <ProblemMessage problem={submission.problem} fieldsShown={['enterpriseNumber', 'packageType', 'note']} />
      )}
      <div className="form-actions">
        <button type="submit" disabled={submission.submitting}>
          {submission.submitting ? t('form.sending') : t('guidance.open')}
        </button>
        <Link to={{ name: 'company', number: props.enterpriseNumber }} className="button secondary">
          {t('form.cancel')}
        </Link>
      </div>
    </form>
  );
}
