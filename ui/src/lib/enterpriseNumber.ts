/**
 * Belgian enterprise numbers (KBO/BCE): ten digits, the first 0 or 1, the last two a mod-97 check
 * of the first eight. Accepts every notation people type: 0403.019.261, 0403 019 261, BE0403019261,
 * BE 0403.019.261 and the old nine-digit form 403019261.
 */

export type EnterpriseNumberCheck =
  | { state: 'empty' }
  | { state: 'notANumber' }
  | { state: 'incomplete'; digits: string }
  | { state: 'tooLong'; digits: string }
  | { state: 'badPrefix'; digits: string }
  /** a valid establishment unit number (first digit 2-8): a place of business, searchable too */
  | { state: 'establishment'; digits: string; formatted: string }
  | { state: 'badChecksum'; digits: string }
  | { state: 'valid'; digits: string; formatted: string };

const SEPARATORS = /[\s.\-/]/g;

/** True when the text is written like an enterprise number (digits with separators, optional BE). */
export function looksLikeEnterpriseNumber(raw: string): boolean {
  const text = raw.trim().toUpperCase().replace(/^BE\s*/, '');
  return text.length > 0 && /^[\d\s.\-/]+$/.test(text) && /\d/.test(text);
}

/** Checks a number as typed; the result says how far it is from a valid one. */
export function checkEnterpriseNumber(raw: string): EnterpriseNumberCheck {
  const trimmed = raw.trim();
  if (trimmed === '') {
    return { state: 'empty' };
  }
  if (!looksLikeEnterpriseNumber(trimmed)) {
    return { state: 'notANumber' };
  }
  let digits = trimmed.toUpperCase().replace(/^BE/, '').replace(SEPARATORS, '');
  if (digits.length > 10) {
    return { state: 'tooLong', digits };
  }
  if (digits.length < 9) {
    return { state: 'incomplete', digits };
  }
  if (digits.length === 9) {
    // the old notation without the leading 0; a 9-digit prefix of a 10-digit number is still incomplete
    const padded = '0' + digits;
    if (hasValidChecksum(padded)) {
      digits = padded;
    } else {
      return { state: 'incomplete', digits };
    }
  }
  if (digits[0] !== '0' && digits[0] !== '1') {
    if (digits[0] !== '9' && hasValidChecksum(digits)) {
      return { state: 'establishment', digits, formatted: `${digits[0]}.${digits.slice(1, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}` };
    }
    return { state: 'badPrefix', digits };
  }
  if (!hasValidChecksum(digits)) {
    return { state: 'badChecksum', digits };
  }
  return { state: 'valid', digits, formatted: formatEnterpriseNumber(digits) };
}

/** 97 minus (the first eight digits modulo 97) equals the last two. */
export function hasValidChecksum(tenDigits: string): boolean {
  if (!/^\d{10}$/.test(tenDigits)) {
    return false;
  }
  const check = 97 - (Number(tenDigits.slice(0, 8)) % 97);
  return check === Number(tenDigits.slice(8));
}

/** "0403019261" → "0403.019.261". */
export function formatEnterpriseNumber(tenDigits: string): string {
  return `${tenDigits.slice(0, 4)}.${tenDigits.slice(4, 7)}.${tenDigits.slice(7)}`;
}
