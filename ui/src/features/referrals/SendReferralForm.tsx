import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { AgencyCode, Me, Referral } from '../../api/types';
import { referralTargets } from '../../app/access';
import { Link } from '../../app/router';
import { Field, useSubmission } from '../../components/Form';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../i18n/I18n';

export const MAX_REASON_LENGTH = 2000;

/** Refers the company to another agency, with the reason; the other agency answers in its inbox. */
export function SendReferralForm(props: { me: Me; enterpriseNumber: string }) {
  const { t, code } = useI18n();
  const [toAgency, setToAgency] = useState<AgencyCode | ''>('');
  const [reason, setReason] = useState('');
  const [sent, setSent] = useState<Referral | null>(null);
  const submission = useSubmission<Referral>();
  const errors = {
    toAgency: toAgency === '' ? ('form.requiredField' as const) : null,
    reason: reason.trim() === '' ? ('form.requiredField' as const) : reason.trim().length > MAX_REASON_LENGTH ? ('form.tooLong' as const) : null,
  };
  const valid = !errors.toAgency && !errors.reason;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(
      valid,
      () => api.sendReferral(props.enterpriseNumber, { toAgency: toAgency as AgencyCode, reason: reason.trim() }),
      (referral) => {
        setSent(referral);
        setToAgency('');
        setReason('');
      },
    );
  };
  return (
    <form className="referral-form" onSubmit={onSubmit} noValidate aria-labelledby="refer-title">
      <h3 id="refer-title">{t('referral.sendTitle')}</h3>
      {sent && (
        <p className="success" role="status" data-testid="referral-sent">
          {t('referral.sent', { agency: code('agency', sent.toAgency) })}{' '}
          <Link to={{ name: 'referrals' }}>{t('nav.referrals')}</Link>
        </p>
      )}
      <Field id="toAgency" label={t('referral.toAgency')} required
        error={submission.tried && errors.toAgency ? t(errors.toAgency) : null}
        serverErrors={submission.serverErrors('toAgency')}>
        {(aria) => (
          <select value={toAgency} {...aria} onChange={(e) => { setToAgency(e.target.value as AgencyCode); submission.edited('toAgency'); }}>
            <option value="">{t('form.choose')}</option>
            {referralTargets(props.me).map((agency) => (
              <option key={agency} value={agency}>{code('agency', agency)}</option>
            ))}
          </select>
        )}
      </Field>
      <Field id="reason" label={t('referral.reason')} required
        hint={t('guidance.noteHint', { count: reason.trim().length, max: MAX_REASON_LENGTH })}
        error={submission.tried && errors.reason ? t(errors.reason, { max: MAX_REASON_LENGTH }) : null}
        serverErrors={submission.serverErrors('reason')}>
        {(aria) => <textarea rows={3} value={reason} {...aria} onChange={(e) => { setReason(e.target.value); submission.edited('reason'); }} />}
      </Field>
      {submission.problem && <ProblemMessage problem={submission.problem} fieldsShown={['toAgency', 'reason']} />}
      <button type="submit" disabled={submission.submitting}>
        {submission.submitting ? t('form.sending') : t('referral.send')}
      </button>
    </form>
  );
}
