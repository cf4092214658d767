import { checkEnterpriseNumber, formatEnterpriseNumber, hasValidChecksum, looksLikeEnterpriseNumber } from './enterpriseNumber';

describe('enterprise number', () => {
  it.each(['0403.019.261', '0403019261', 'BE0403019261', 'BE 0403 019 261', 'be0403.019.261', '403019261', '0403-019-261'])(
    'accepts %s in any notation',
    (typed) => {
      expect(checkEnterpriseNumber(typed)).toEqual({ state: 'valid', digits: '0403019261', formatted: '0403.019.261' });
    },
  );

  it('checks the mod-97 control digits', () => {
    expect(hasValidChecksum('0403019261')).toBe(true);
    expect(hasValidChecksum('0712345531')).toBe(true);
    expect(hasValidChecksum('0403019262')).toBe(false);
    expect(checkEnterpriseNumber('0403.019.262').state).toBe('badChecksum');
  });

  it('says how far a number being typed is from complete', () => {
    expect(checkEnterpriseNumber('0403.01')).toEqual({ state: 'incomplete', digits: '040301' });
    expect(checkEnterpriseNumber('040301926')).toEqual({ state: 'incomplete', digits: '040301926' });
    expect(checkEnterpriseNumber('04030192611').state).toBe('tooLong');
    expect(checkEnterpriseNumber('').state).toBe('empty');
  });

  it('tells establishment unit numbers (first digit 2-8) from enterprise numbers', () => {
    const eight = '21234567';
    const check = String(97 - (Number(eight) % 97)).padStart(2, '0');
    expect(checkEnterpriseNumber(eight + check)).toEqual({ state: 'establishment', digits: eight + check, formatted: `2.123.456.7${check}` });
    expect(checkEnterpriseNumber('9' + (eight + check).slice(1)).state).toBe('badPrefix');
  });

  it('tells names from numbers', () => {
    expect(looksLikeEnterpriseNumber('Boulangerie Dupont')).toBe(false);
    expect(checkEnterpriseNumber('Boulangerie').state).toBe('notANumber');
    expect(looksLikeEnterpriseNumber('BE 0403')).toBe(true);
  });

  it('formats ten digits the Belgian way', () => {
    expect(formatEnterpriseNumber('0403019261')).toBe('0403.019.261');
  });
});
