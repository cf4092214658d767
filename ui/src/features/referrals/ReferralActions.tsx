import { useState } from 'react';
import { api } from '../../api/client';
import { OUTCOME_CODES, type OutcomeCode, type Referral, type ReferralState } from '../../api/types';
import { Field, useSubmission } from '../../components/Form';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useI18n } from '../../i18n/I18n';
import { nextMoves } from './sla';

/**
 * The buttons for the caller's agency's next step on a referral: accept or decline (a reason is required),
 * start work (with the pole's file reference), report the outcome (code and note), close. A referral moved
 * by someone else in the meantime answers 409, explained, and the list reloads.
 */
export function ReferralActions(props: { referral: Referral; myAgency: string | null; onMoved: (referral: Referral) => void }) {
  const { t, code } = useI18n();
  const { referral } = props;
  const moves = nextMoves(referral, props.myAgency);
  const [form, setForm] = useState<ReferralState | null>(null);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<OutcomeCode | ''>('');
  const [fileReference, setFileReference] = useState('');
  const submission = useSubmission<Referral>();
  if (moves.length === 0) {
    return null;
  }
  const id = `r-${referral.referralId}`;
  const noteError = form === 'DECLINED' && note.trim() === '' ? 'referral.declineNeedsReason' as const : null;
  const outcomeError = form === 'OUTCOME_REPORTED' && outcome === '' ? 'form.requiredField' as const : null;
  const send = (state: ReferralState) =>
    submission.submit(
      !(state === 'DECLINED' && note.trim() === '') && !(state === 'OUTCOME_REPORTED' && outcome === ''),
      () => api.moveReferral(referral.referralId, {
        state,
        version: referral.version,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(state === 'OUTCOME_REPORTED' && outcome ? { outcomeCode: outcome } : {}),
        ...(state === 'IN_PROGRESS' && fileReference.trim() ? { fileReference: fileReference.trim() } : {}),
      }),
      (moved) => {
        setForm(null);
        setNote('');
        props.onMoved(moved);
      },
    );
  const needsForm = (state: ReferralState) => state === 'DECLINED' || state === 'OUTCOME_REPORTED' || state === 'IN_PROGRESS';
  return (
    <div className="referral-actions">
      {form === null ? (
        <div className="button-row">
          {moves.map((state) => (
            <button key={state} type="button" className={state === 'DECLINED' ? 'secondary' : undefined}
              disabled={submission.submitting}
              onClick={() => (needsForm(state) ? setForm(state) : void send(state))}>
              {t(`referral.action.${state}`)}
            </button>
          ))}
        </div>
      ) : (
        <form noValidate onSubmit={(event) => { event.preventDefault(); void send(form); }} aria-label={t(`referral.action.${form}`)}>
          {form === 'IN_PROGRESS' && (
            <Field id={`${id}-file`} label={t('referral.fileReference')} hint={t('referral.fileReferenceHint')}
              serverErrors={submission.serverErrors('fileReference')}>
              {(aria) => <input type="text" value={fileReference} {...aria} onChange={(e) => setFileReference(e.target.value)} />}
            </Field>
          )}
          {form === 'OUTCOME_REPORTED' && (
            <Field id={`${id}-outcome`} label={t('referral.outcome')} required
              error={submission.tried && outcomeError ? t(outcomeError) : null}
              serverErrors={submission.serverErrors('outcomeCode')}>
              {(aria) => (
                <select value={outcome} {...aria} onChange={(e) => setOutcome(e.target.value as OutcomeCode)}>
                  <option value="">{t('form.choose')}</option>
                  {OUTCOME_CODES.map((value) => <option key={value} value={value}>{code('outcome', value)}</option>)}
                </select>
              )}
            </Field>
          )}
          <Field id={`${id}-note`} label={form === 'DECLINED' ? t('referral.declineReason') : t('referral.note')}
            required={form === 'DECLINED'}
            error={submission.tried && noteError ? t(noteError) : null}
            serverErrors={submission.serverErrors('note')}>
            {(aria) => <textarea rows={2} value={note} {...aria} onChange={(e) => { setNote(e.target.value); submission.edited('note'); }} />}
          </Field>
          <div className="button-row">
            <button type="submit" disabled={submission.submitting}>{t(`referral.action.${form}`)}</button>
            <button type="button" className="secondary" onClick={() => setForm(null)}>{t('form.cancel')}</button>
          </div>
        </form>
      )}
      {submission.problem && (
        <ProblemMessage problem={submission.problem} fieldsShown={['note', 'outcomeCode', 'fileReference']} />
      )}
    </div>
  );
}
