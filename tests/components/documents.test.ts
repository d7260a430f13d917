import { expect } from '@open-wc/testing';
import { isExpired, parsePassportMrz, validatePermanentResidentId, validateResidencePermit } from '../../src/domain/documents.js';
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
