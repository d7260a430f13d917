import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isExpired, parsePassportMrz, validatePermanentResidentId, validateResidencePermit, validateWorkPermitNumber } from '../../src/domain/documents.js';
import { checkApplicant } from '../../src/domain/applicant.js';
import { idCheckCharacter } from '../../src/domain/identity.js';

const SPECIMEN = ['P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const today = new Date('2026-11-24T00:00:00Z');

describe('passport machine-readable zone (ICAO 9303 TD3, the ICAO specimen)', () => {
  it('fills every field from the two lines, with the unknown specimen state only a warning', () => {
    expect(parsePassportMrz(SPECIMEN.join('\n'), today)).to.deep.equal({
      ok: true,
      value: {
        documentNumber: 'L898902C3',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        nationality: 'UTO',
        birthDate: '1974-08-12',
        sex: 'female',
        expiryDate: '2012-04-15',
        unknownState: true,
      },
    });
  });

  it('accepts lower case, spaces and the two lines pasted as one', () => {
    const pasted = `${SPECIMEN[0]!.toLowerCase()} ${SPECIMEN[1]}`.replace(' ', '');
    expect(parsePassportMrz(pasted, today).ok).to.equal(true);
    expect(parsePassportMrz(`  ${SPECIMEN[0]}\n${SPECIMEN[1]!.slice(0, 10)} ${SPECIMEN[1]!.slice(10)}  `, today).ok).to.equal(true);
  });

  it('names the field a failing check digit protects', () => {
    const wrongNumber = SPECIMEN[1]!.replace('L898902C36', 'L898902C37');
    expect(parsePassportMrz(`${SPECIMEN[0]}\n${wrongNumber}`, today)).to.deep.equal({ ok: false, reason: 'document_number_check' });
    const wrongBirth = SPECIMEN[1]!.replace('7408122', '7408123');
    expect(parsePassportMrz(`${SPECIMEN[0]}\n${wrongBirth}`, today)).to.deep.equal({ ok: false, reason: 'birth_date_check' });
    const wrongExpiry = SPECIMEN[1]!.replace('1204159', '1204158');
    expect(parsePassportMrz(`${SPECIMEN[0]}\n${wrongExpiry}`, today)).to.deep.equal({ ok: false, reason: 'expiry_date_check' });
  });

  it('refuses wrong lengths, characters and documents that are not passports, without throwing', () => {
    expect(parsePassportMrz('', today)).to.deep.equal({ ok: false, reason: 'empty' });
    expect(parsePassportMrz(SPECIMEN[0]!, today)).to.deep.equal({ ok: false, reason: 'lines' });
    expect(parsePassportMrz(`${SPECIMEN[0]}\n${SPECIMEN[1]!.slice(0, 43)}`, today)).to.deep.equal({ ok: false, reason: 'lines' });
    expect(parsePassportMrz(`${SPECIMEN[0]}\n${SPECIMEN[1]!.replace('L', 'É')}`, today)).to.deep.equal({ ok: false, reason: 'characters' });
    expect(parsePassportMrz(`${SPECIMEN[0]!.replace('P<', 'I<')}\n${SPECIMEN[1]}`, today)).to.deep.equal({ ok: false, reason: 'not_passport' });
  });

  it('knows an expired passport', () => {
    expect(isExpired('2012-04-15', today)).to.equal(true);
    expect(isExpired('2030-01-01', today)).to.equal(false);
  });
});

describe('foreign permanent resident ID and residence permits', () => {
  it('accepts the 2023 18-digit card beginning with 9 and the 2017 15-character card', () => {
    expect(validatePermanentResidentId('911840198001010013')).to.deep.equal({ ok: true, value: '911840198001010013' });
    expect(validatePermanentResidentId('usa 3100 8001 0100')).to.deep.equal({ ok: true, value: 'USA310080010100' });
    expect(validatePermanentResidentId('911840198001010014')).to.deep.equal({ ok: false, reason: 'check' });
    expect(validatePermanentResidentId('911840198002300013')).to.deep.equal({ ok: false, reason: 'date' });
    expect(validatePermanentResidentId('11010519491231002X')).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('checks a residence permit against its region', () => {
    const hk = `81000019900101002`;
    const permit = hk + idCheckCharacter(hk);
    expect(validateResidencePermit(permit, 'hk', today)).to.deep.equal({ ok: true, value: permit });
    expect(validateResidencePermit(permit, 'tw', today)).to.deep.equal({ ok: false, reason: 'region' });
    expect(validateResidencePermit('11010519491231002X', 'mo', today)).to.deep.equal({ ok: false, reason: 'region' });
  });
});

describe("the foreigner's work permit (外国人工作许可证, carried by the card since December 2024)", () => {
  it('accepts 9 to 18 letters and digits, as typed with spaces, hyphens or lower case', () => {
    expect(validateWorkPermitNumber('911000123456789012')).to.deep.equal({ ok: true, value: '911000123456789012' });
    expect(validateWorkPermitNumber(' wp-1234 5678 ')).to.deep.equal({ ok: true, value: 'WP12345678' });
    expect(validateWorkPermitNumber('１２３４５６７８９')).to.deep.equal({ ok: true, value: '123456789' });
  });

  it('refuses an empty, short, long or letters-only number, and other characters, each with its reason', () => {
    expect(validateWorkPermitNumber('  ')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(validateWorkPermitNumber('12345678')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateWorkPermitNumber('1234567890123456789')).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateWorkPermitNumber('ABCDEFGHIJ')).to.deep.equal({ ok: false, reason: 'characters' });
    expect(validateWorkPermitNumber('12345678#9')).to.deep.equal({ ok: false, reason: 'characters' });
    expect(validateWorkPermitNumber('1234567８９李')).to.deep.equal({ ok: false, reason: 'characters' });
  });

  it('any accepted number is 9 to 18 capital letters and digits with a digit, and reads the same again', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = validateWorkPermitNumber(text);
        if (!result.ok) return;
        expect(result.value).to.match(/^(?=.*\d)[A-Z0-9]{9,18}$/);
        expect(validateWorkPermitNumber(result.value)).to.deep.equal(result);
      }),
    );
  });

  it('is a document of its own for the applicant check: keyed apart from other documents, the name as printed', () => {
    const checked = checkApplicant({ document: 'work_permit', name: 'Jane Smith', idNumber: '911840198001010013', phone: '+44 7400 123456', phoneCountry: 'GB' }, today);
    expect(checked.ok).to.equal(true);
    if (checked.ok) {
      expect(checked.value).to.include({ document: 'work_permit', name: 'Jane Smith', documentNumber: '911840198001010013', key: 'W:911840198001010013', phone: '+447400123456' });
    }
    const refused = checkApplicant({ document: 'work_permit', name: '', idNumber: '123', phone: '', phoneCountry: 'GB' }, today);
    expect(refused).to.deep.equal({ ok: false, problems: { name: 'empty', idNumber: 'length', phone: 'empty' } });
  });
});
