/**
 * Form building blocks: every field has a visible label, its own error (the browser-side check as the user
 * types, or the server's field error after a submit) tied to it with aria-describedby and aria-invalid.
 */
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import type { FieldError, Problem } from '../api/types';
import { useI18n } from '../i18n/I18n';
import { asProblem } from './ProblemMessage';

/** The server's reasons for one field (and its parts: "amount.value", "communes[2]"). */
export function serverErrorsFor(problem: Problem | null, field: string): FieldError[] {
  return (problem?.errors ?? []).filter(
    (error) => error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`),
  );
}

export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  /** the browser-side check, shown once the field was touched or a submit was tried */
  error?: string | null;
  serverErrors?: FieldError[];
  required?: boolean;
  children: (aria: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; 'aria-required'?: boolean }) => ReactNode;
}) {
  const { t } = useI18n();
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = `${props.id}-error`;
  const server = props.serverErrors ?? [];
  const hasError = Boolean(props.error) || server.length > 0;
  const describedBy = [hintId, hasError ? errorId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className={hasError ? 'field has-error' : 'field'}>
      <label htmlFor={props.id}>
        {props.label}
        {props.required ? <span className="required"> ({t('form.required')})</span> : null}
      </label>
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.children({ id: props.id, 'aria-describedby': describedBy, 'aria-invalid': hasError || undefined, 'aria-required': props.required || undefined })}
      {hasError && (
        <div id={errorId} className="field-error" data-testid={`${props.id}-error`}>
          {props.error && <p>{props.error}</p>}
          {server.map((error) => (
            <p key={`${error.field}:${error.reason}`} className="server-error">
              {t('form.serverSays')} {error.reason}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}

/** Submission state shared by the forms: the server's problem, and whether a submit was tried. */
export function useSubmission<T>() {
  const [submitting, setSubmitting] = useState(false);
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [serverFieldsTouched, setServerFieldsTouched] = useState<string[]>([]);

  const submit = async (valid: boolean, send: () => Promise<T>, done: (result: T) => void) => {
    setTried(true);
    if (!valid) {
      return;
    }
    setSubmitting(true);
    setProblem(null);
    setServerFieldsTouched([]);
    try {
      done(await send());
    } catch (error) {
      setProblem(error instanceof ApiError ? error.problem : asProblem(error));
    } finally {
      setSubmitting(false);
    }
  };

  /** The server's errors for a field until the user changes it. */
  const serverErrors = (field: string) => (serverFieldsTouched.includes(field) ? [] : serverErrorsFor(problem, field));
  const edited = (field: string) => setServerFieldsTouched((current) => (current.includes(field) ? current : [...current, field]));

  return { submitting, tried, problem, submit, serverErrors, edited };
}
