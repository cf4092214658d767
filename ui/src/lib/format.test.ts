import { compareDecimal, formatDate, formatDateTime, formatMoney, parseMoneyInput, todayInBrussels } from './format';

describe('Belgian formats', () => {
  it('writes dates dd/mm/yyyy in Brussels time, whatever the instant', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels
    expect(formatDate('2025-12-31T23:30:00Z')).toBe('01/01/2026');
    expect(formatDateTime('2026-07-01T08:05:00Z')).toBe('01/07/2026 10:05');
    expect(formatDate('2026-09-01')).toBe('01/09/2026');
    expect(formatDate(null)).toBe('');
    expect(todayInBrussels(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
  });

  it('formats exact amounts in EUR with the language separators, never through a double', () => {
    expect(formatMoney('25000.00', 'EUR', 'fr')).toMatch(/^25[.\u202f\u00a0 ]000,00 €$/);
    expect(formatMoney('25000.00', 'EUR', 'nl')).toBe('25.000,00 €');
    expect(formatMoney('9007199254740993.10', 'EUR', 'nl')).toBe('9.007.199.254.740.993,10 €');
  });

  it('reads amounts typed in Belgian or English notation', () => {
    expect(parseMoneyInput('25.000,50')).toBe('25000.50');
    expect(parseMoneyInput('25000,5')).toBe('25000.50');
    expect(parseMoneyInput('25 000')).toBe('25000.00');
    expect(parseMoneyInput('1,234.56')).toBe('1234.56');
    expect(parseMoneyInput('€ 120')).toBe('120.00');
    expect(parseMoneyInput('12,345')).toBe('12345.00');
    expect(parseMoneyInput('1.2.3')).toBeNull();
    expect(parseMoneyInput('abc')).toBeNull();
    expect(parseMoneyInput('10,123')).toBe('10123.00');
  });

  it('compares decimal texts exactly', () => {
    expect(compareDecimal('10000000.00', '10000000.01')).toBe(-1);
    expect(compareDecimal('0.00', '0')).toBe(0);
    expect(compareDecimal('100.5', '99.99')).toBe(1);
  });
});
