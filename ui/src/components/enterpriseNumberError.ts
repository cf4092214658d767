import type { MessageKey } from '../i18n/I18n';
import { checkEnterpriseNumber } from '../lib/enterpriseNumber';

/** The form error for an enterprise number field, or null when it is a valid number. */
export function enterpriseNumberError(value: string): MessageKey | null {
  switch (checkEnterpriseNumber(value).state) {
    case 'valid':
      return null;
    case 'empty':
      return 'form.requiredField';
    case 'badChecksum':
      return 'search.badChecksum';
    case 'badPrefix':
      return 'search.badPrefix';
    default:
      return 'form.enterpriseNumberFormat';
  }
}
