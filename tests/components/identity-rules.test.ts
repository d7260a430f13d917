import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkApplicant, type ApplicantInput } from '../../src/domain/applicant.js';
import { countryName, NATIONALITY_CODES, regionOfNationality } from '../../src/domain/countries.js';
import { checkCrossBorderLimits } from '../../src/domain/cross-border.js';
import { parseDateParts } from '../../src/domain/dates.js';
import { DOCUMENT_TYPES, maskDocumentNumber } from '../../src/domain/document-types.js';
import { parsePassportMrz, passportFormOf, validatePassport, validatePermanentResidentId, validateResidencePermit } from '../../src/domain/documents.js';
import { idCheckCharacter, validateIdNumber, validateMobile, validateName } from '../../src/domain/identity.js';
import { countryOfTypedNumber, maskE164, validatePhone } from '../../src/domain/phone.js';
import { JANE_SMITH, passportMrz, type MrzPassport } from '../helpers/mrz.shared.js';

const today = new Date('2026-11-24T00:00:00Z');
const jane = JANE_SMITH;
const form = { nationality: 'GBR', number: '123456789', surname: 'Smith', givenNames: 'Jane Ann', birthDate: '1985-3-27', sex: 'female', expiryDate: '2031-5-7' };

describe('passport fields typed from the photo page', () => {
  it('accepts them as printed, in capitals, with dates from their parts', () => {
    expect(validatePassport(form, today)).to.deep.equal({
      ok: true,
      value: { nationality: 'GBR', number: '123456789', surname: 'SMITH', givenNames: 'JANE ANN', birthDate: '1985-03-27', sex: 'female', expiryDate: '2031-05-07' },
    });
  });

  it('gives each wrong field its own reason', () => {
    const result = validatePassport(
      { nationality: 'XYZ', number: '12', surname: '史密斯', givenNames: 'J4NE', birthDate: '2030-1-1', sex: '', expiryDate: '2020-2-30' },
      today,
    );
    expect(result).to.deep.equal({
      ok: false,
      problems: { nationality: 'unknown', number: 'format', surname: 'characters', givenNames: 'characters', birthDate: 'future', sex: 'empty', expiryDate: 'date' },
    });
  });

  it('refuses an expired passport with that reason, and allows no given names', () => {
    expect(validatePassport({ ...form, expiryDate: '2026-11-23' }, today)).to.deep.equal({ ok: false, problems: { expiryDate: 'expired' } });
    expect(validatePassport({ ...form, givenNames: ' ' }, today).ok).to.equal(true);
    expect(validatePassport({ ...form, expiryDate: '2026-11-24' }, today).ok).to.equal(true);
  });

  it('reads Germany\'s one-letter "D" as DEU', () => {
    const result = validatePassport({ ...form, nationality: 'D' }, today);
    expect(result.ok && result.value.nationality).to.equal('DEU');
  });
});

describe('dates typed as parts', () => {
  it('accepts a real date with or without leading zeros, in full-width digits too', () => {
    expect(parseDateParts('1985-3-7')).to.deep.equal({ ok: true, value: '1985-03-07' });
    expect(parseDateParts('１９８５-０３-０７')).to.deep.equal({ ok: true, value: '1985-03-07' });
  });
  it('refuses half a date and dates that do not exist', () => {
    expect(parseDateParts('--')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(parseDateParts('1985--7')).to.deep.equal({ ok: false, reason: 'date' });
    expect(parseDateParts('2023-2-29')).to.deep.equal({ ok: false, reason: 'date' });
    expect(parseDateParts('85-3-7')).to.deep.equal({ ok: false, reason: 'date' });
  });
});

describe('the MRZ lines fill in the form', () => {
  it('gives the same passport as typing the fields', () => {
    const parsed = parsePassportMrz(passportMrz(jane).join('\n'), today);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(validatePassport(passportFormOf(parsed.value), today)).to.deep.equal(validatePassport(form, today));
  });

  it('round-trips any valid passport (property)', () => {
    const letters = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 1, maxLength: 12 });
    const isoDate = (min: number, max: number) =>
      fc.date({ min: new Date(Date.UTC(min, 0, 1)), max: new Date(Date.UTC(max, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.constantFrom(...NATIONALITY_CODES),
        fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 5, maxLength: 9 }),
        letters,
        letters,
        isoDate(1930, 2025),
        fc.constantFrom('female', 'male', 'unspecified'),
        isoDate(2027, 2035),
        (nationality, number, surname, givenNames, birthDate, sex, expiryDate) => {
          const passport: MrzPassport = { nationality, number, surname, givenNames, birthDate, sex: sex as MrzPassport['sex'], expiryDate };
          const parsed = parsePassportMrz(passportMrz(passport).join('\n'), today);
          if (!parsed.ok) throw new Error(`refused ${parsed.reason}`);
          const checked = validatePassport(passportFormOf(parsed.value), today);
          if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
          expect(checked.value).to.deep.equal({ ...passport, nationality });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names the field of any single changed digit in the second line, never accepting it (property)', () => {
    const [line1, line2] = passportMrz(jane);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 43 }), fc.integer({ min: 1, max: 9 }), (index, shift) => {
        const ch = line2[index]!;
        if (!/\d/.test(ch)) return;
        const changed = line2.slice(0, index) + String((Number(ch) + shift) % 10) + line2.slice(index + 1);
        const parsed = parsePassportMrz(`${line1}\n${changed}`, today);
        expect(parsed.ok, `digit ${index} changed`).to.equal(false);
        if (!parsed.ok) expect(parsed.reason).to.match(/_check$/);
      }),
    );
  });
});

describe('phones from any country, stored as E.164', () => {
  it('keeps the mainland rule for China and the country\'s own rules elsewhere', () => {
    expect(validatePhone('138 1234 5678', 'CN')).to.deep.equal({ ok: true, value: { e164: '+8613812345678', country: 'CN' } });
    expect(validatePhone('07911 123456', 'GB')).to.deep.equal({ ok: true, value: { e164: '+447911123456', country: 'GB' } });
    expect(validatePhone('+44 7400 123456', 'CN')).to.deep.equal({ ok: true, value: { e164: '+447400123456', country: 'GB' } });
    expect(validatePhone('0044 7911 123456', 'CN').ok).to.equal(true);
    expect(validatePhone('(201) 555-0123', 'US')).to.deep.equal({ ok: true, value: { e164: '+12015550123', country: 'US' } });
    expect(validatePhone('9123 4567', 'HK')).to.deep.equal({ ok: true, value: { e164: '+85291234567', country: 'HK' } });
  });

  it('says why a number cannot be used', () => {
    expect(validatePhone('', 'GB')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(validatePhone('020 7946 0000', 'GB')).to.deep.equal({ ok: false, reason: 'not_mobile' });
    expect(validatePhone('12345', 'GB')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validatePhone('1381234567', 'CN')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validatePhone('7911 123456', 'ZZ')).to.deep.equal({ ok: false, reason: 'country' });
  });

  it('masks a number enough to recognise it, not to reuse it', () => {
    expect(maskE164('+8613812345678')).to.equal('138****5678');
    expect(maskE164('+447911123456')).to.equal('+44 ••••••3456');
  });
});

describe('one check for every document (app and service)', () => {
  const base: ApplicantInput = { document: 'resident_id', name: '张伟', idNumber: '11010519491231002X', phone: '13812345678', phoneCountry: 'CN' };

  it('keys a passport by nationality and number, and builds the name as printed', () => {
    const result = checkApplicant({ ...base, document: 'passport', name: '', idNumber: '123456789', phone: '+447911123456', passport: { ...form } }, today);
    expect(result).to.deep.equal({
      ok: true,
      value: {
        document: 'passport',
        name: 'SMITH JANE ANN',
        documentNumber: '123456789',
        key: 'P:GBR:123456789',
        phone: '+447911123456',
        nationality: 'GBR',
        birthDate: '1985-03-27',
        sex: 'female',
      },
    });
  });

  it('checks each document\'s number by its own rule', () => {
    expect(checkApplicant(base, today).ok).to.equal(true);
    expect(checkApplicant({ ...base, document: 'permanent_resident', idNumber: '911840198001010013' }, today).ok).to.equal(true);
    expect(checkApplicant({ ...base, document: 'permanent_resident' }, today)).to.deep.equal({ ok: false, problems: { idNumber: 'format' } });
    const hk = '81000019900101002';
    const permit = hk + idCheckCharacter(hk);
    expect(checkApplicant({ ...base, document: 'permit_hk', idNumber: permit }, today).ok).to.equal(true);
    expect(checkApplicant({ ...base, document: 'permit_mo', idNumber: permit }, today)).to.deep.equal({ ok: false, problems: { idNumber: 'region' } });
    expect(checkApplicant({ ...base, document: 'passport', passport: undefined }, today)).to.deep.include({ ok: false });
  });

  it('puts every problem on its field at once', () => {
    expect(checkApplicant({ ...base, name: '', idNumber: '1', phone: '2', phoneCountry: 'CN' }, today)).to.deep.equal({
      ok: false,
      problems: { name: 'empty', idNumber: 'length', phone: 'format' },
    });
  });

  it('masks each kind of number', () => {
    expect(maskDocumentNumber('11010519491231002X')).to.equal('110105********002X');
    expect(maskDocumentNumber('USA310080010100')).to.equal('USA********0100');
    expect(maskDocumentNumber('123456789')).to.equal('12•••••89');
  });
});

describe('countries named in the reader\'s language', () => {
  it('maps passport codes to regions and names them', () => {
    expect(regionOfNationality('GBR')).to.equal('GB');
    expect(regionOfNationality('D')).to.equal('DE');
    expect(regionOfNationality('UTO')).to.equal(null);
    expect(countryName('GB', 'zh-Hans')).to.equal('英国');
    expect(countryName('GB', 'en')).to.equal('United Kingdom');
    expect(countryName('GB', 'zh-Hant-HK')).to.equal('英國');
    expect(NATIONALITY_CODES.length).to.be.greaterThan(240);
  });

  // Chromium has no Uyghur region names: Intl named every country of a Uyghur list in Chinese.
  it('names every country in Uyghur, in Arabic script, never in Chinese', () => {
    expect(new Intl.DisplayNames(['ug', 'zh-Hans'], { type: 'region' }).of('DE')).to.equal('德国');
    expect(countryName('DE', 'ug')).to.equal('گېرمانىيە');
    expect(countryName('GB', 'ug')).to.equal('بىرلەشمە پادىشاھلىق');
    const names = NATIONALITY_CODES.map((code) => countryName(regionOfNationality(code)!, 'ug'));
    for (const name of names) expect(name).not.to.match(/\p{Script=Han}/u);
    // All but the one CLDR has no Uyghur name for (British Indian Ocean Territory, in English).
    expect(names.filter((name) => !/\p{Script=Arabic}/u.test(name))).to.deep.equal(['British Indian Ocean Territory']);
  });
});

describe('cross-border limits within the service\'s bounds', () => {
  it('reads amounts as people type them and refuses each problem with its reason', () => {
    expect(checkCrossBorderLimits({ perTransaction: '5,000', daily: '２００００' })).to.deep.equal({ ok: true, value: { perTransaction: 5000, daily: 20000 } });
    expect(checkCrossBorderLimits({ perTransaction: '', daily: '1.5' })).to.deep.equal({ ok: false, problems: { perTransaction: 'empty', daily: 'format' } });
    expect(checkCrossBorderLimits({ perTransaction: 60000, daily: 300000 })).to.deep.equal({
      ok: false,
      problems: { perTransaction: 'too_high', daily: 'too_high' },
    });
    expect(checkCrossBorderLimits({ perTransaction: 5000, daily: 4000 })).to.deep.equal({ ok: false, problems: { daily: 'below_per_transaction' } });
  });
});

describe('no input crashes a validator (property)', () => {
  const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }));
  const refusesWithReason = (result: { ok: boolean; reason?: unknown; problems?: unknown }) =>
    result.ok || typeof result.reason === 'string' || (typeof result.problems === 'object' && Object.keys(result.problems as object).length > 0);

  it('the single-value validators always return a value or a reason', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('CN', 'GB', 'US', 'HK', 'ZZ', ''), (text, country) => {
        for (const result of [
          validateIdNumber(text, today),
          validateName(text),
          validateMobile(text),
          validatePermanentResidentId(text),
          validateResidencePermit(text, 'hk', today),
          parsePassportMrz(text, today),
          parseDateParts(text),
          validatePhone(text, country),
        ]) {
          expect(refusesWithReason(result)).to.equal(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the form validators always return a value or a problem per field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DOCUMENT_TYPES), fc.array(anyText, { minLength: 9, maxLength: 9 }), (document, [a, b, c, d, e, f, g, h, i]) => {
        const passport = { nationality: a!, surname: b!, givenNames: c!, birthDate: d!, sex: e!, expiryDate: f! };
        expect(refusesWithReason(checkApplicant({ document, name: g!, idNumber: h!, phone: i!, phoneCountry: 'CN', passport }, today))).to.equal(true);
        expect(refusesWithReason(validatePassport({ ...passport, number: h! }, today))).to.equal(true);
        expect(refusesWithReason(checkCrossBorderLimits({ perTransaction: a!, daily: b! }))).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the phone country follows a number typed with its +code (issue 18)', () => {
  it('gives the country of +NN or 00NN, keeps a picked country that shares the code, and leaves a number without one to the picker', () => {
    expect(countryOfTypedNumber('+44 7400 123456', 'CN')).to.equal('GB');
    expect(countryOfTypedNumber('+44', 'CN')).to.equal('GB');
    expect(countryOfTypedNumber('0044 7400 123456', 'CN')).to.equal('GB');
    expect(countryOfTypedNumber('＋４４ 7400 123456', 'CN')).to.equal('GB');
    expect(countryOfTypedNumber('+44 7797 123456', 'JE')).to.equal('JE');
    expect(countryOfTypedNumber('+1', 'CN')).to.equal('US');
    expect(countryOfTypedNumber('+1 416 555 0100', 'CN')).to.equal('CA');
    expect(countryOfTypedNumber('+86 139 1234 5678', 'GB')).to.equal('CN');
    expect(countryOfTypedNumber('07400 123456', 'CN')).to.equal(null);
    expect(countryOfTypedNumber('13912345678', 'GB')).to.equal(null);
    expect(countryOfTypedNumber('+', 'CN')).to.equal(null);
  });

  it('for any text, the country it gives validates the number as the number\'s own country', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[\d ]{0,16}$/), fc.constantFrom('CN', 'GB', 'US', 'JE', 'FR'), (text, picked) => {
        const country = countryOfTypedNumber(text, picked);
        if (country === null) return;
        const checked = validatePhone(text, country);
        if (checked.ok) expect(checked.value.country).to.equal(country);
      }),
    );
  });
});
