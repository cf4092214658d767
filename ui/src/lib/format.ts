/**
 * Belgian formats whatever the browser's settings: dates dd/mm/yyyy in Brussels time, money in EUR
 * with the separators of the chosen language (fr-BE and nl-BE: 1.234,56 €; en-BE the same grouping).
 */
import type { Language } from '../i18n/languages';

export const TIME_ZONE = 'Europe/Brussels';

const LOCALES: Record<Language, string> = { fr: 'fr-BE', nl: 'nl-BE', en: 'en-BE' };

function parts(date: Date, withTime: boolean): Record<string, string> {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  };
  if (withTime) {
    Object.assign(options, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  }
  const result: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-GB', options).formatToParts(date)) {
    result[part.type] = part.value;
  }
  return result;
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (value == null || value === '') {
    return null;
  }
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "25/11/2026" (Brussels date). */
export function formatDate(value: string | Date | null | undefined): string {
  // a plain ISO date ("2026-09-01") is a calendar date, not an instant: no time-zone shift
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  const date = toDate(value);
  if (!date) {
    return '';
  }
  const p = parts(date, false);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "25/11/2026 09:41" (Brussels time). */
export function formatDateTime(value: string | Date | null | undefined): string {
  const date = toDate(value);
  if (!date) {
    return '';
  }
  const p = parts(date, true);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** Today's date in Brussels as ISO "YYYY-MM-DD". */
export function todayInBrussels(now: Date = new Date()): string {
  const p = parts(now, false);
  return `${p.year}-${p.month}-${p.day}`;
}

/**
 * An exact decimal amount as the services send it ("25000.00") formatted for the language, without
 * ever going through a floating-point number: the digits are grouped as text.
 */
export function formatMoney(value: string | null | undefined, currency: string, language: Language): string {
  if (value == null || !/^-?\d+(\.\d+)?$/.test(value)) {
    return value ?? '';
  }
  const negative = value.startsWith('-');
  const [whole, fraction = ''] = value.replace('-', '').split('.');
  const sample = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1 }).formatToParts(1234.5);
  const group = sample.find((p) => p.type === 'group')?.value ?? '.';
  const decimal = sample.find((p) => p.type === 'decimal')?.value ?? ',';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const cents = (fraction + '00').slice(0, Math.max(2, fraction.length));
  const symbol = currency === 'EUR' ? '€' : currency;
  const amount = `${negative ? '-' : ''}${grouped}${decimal}${cents}`;
  return language === 'en' ? `${symbol}${amount}` : `${amount} ${symbol}`;
}

/**
 * Reads a money amount typed in the language's notation ("25.000,50", "25000,5", "25 000.50") into
 * the services' exact text ("25000.50"), or null when it is not an amount with at most 2 decimals.
 */
export function parseMoneyInput(text: string): string | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') {
    return null;
  }
  // the last separator followed by 1-2 digits is the decimal one; every other separator groups
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) {
    return null;
  }
  const whole = match[1].replace(/[.,]/g, '').replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').padEnd(2, '0');
  return `${whole}.${fraction}`;
}

/** Compares two exact decimal texts ("25000.00") without floating point. */
export function compareDecimal(a: string, b: string): number {
  const [aw, af = ''] = a.split('.');
  const [bw, bf = ''] = b.split('.');
  const wa = aw.replace(/^0+(?=\d)/, '');
  const wb = bw.replace(/^0+(?=\d)/, '');
  if (wa.length !== wb.length) {
    return wa.length < wb.length ? -1 : 1;
  }
  const fa = af.padEnd(Math.max(af.length, bf.length), '0');
  const fb = bf.padEnd(Math.max(af.length, bf.length), '0');
  const left = wa + fa;
  const right = wb + fb;
  return left === right ? 0 : left < right ? -1 : 1;
}
