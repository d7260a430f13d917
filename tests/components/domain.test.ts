import { expect } from '@open-wc/testing';
import { idCheckCharacter, maskIdNumber, maskPhone, validateIdNumber, validateMobile, validateName } from '../../src/domain/identity.js';
import { maskHolderName, validateCardNumber, validatePaymentPassword, validateSmsCode } from '../../src/domain/card.js';
import { normaliseCode, toHalfWidth } from '../../src/domain/normalise.js';
import { checkPostalAddress, STREET_MAX_CHARACTERS } from '../../src/domain/address.js';

const today = new Date('2026-11-24T00:00:00Z');

describe('resident ID number (GB 11643-1999, test vectors from the reference)', () => {
  it('accepts valid numbers and reads birth date and sex', () => {
    expect(validateIdNumber('11010519491231002X', today)).to.deep.equal({
      ok: true,
      value: { value: '11010519491231002X', birthDate: '1949-12-31', sex: 'female' },
    });
    for (const id of ['440524188001010014', '34052419800101001X', '110105200002290013']) {
      expect(validateIdNumber(id, today).ok, id).to.equal(true);
    }
    expect(validateIdNumber('440524188001010014', today)).to.deep.include({ ok: true });
  });

  it('accepts a lower-case x, full-width digits and spaces, and normalises them', () => {
    const result = validateIdNumber('１１０１０５ 1949 1231 002x', today);
    expect(result.ok && result.value.value).to.equal('11010519491231002X');
  });

  it('names the problem with each invalid number', () => {
    expect(validateIdNumber('110105194912310021', today)).to.deep.equal({ ok: false, reason: 'check' });
    expect(validateIdNumber('110105194902300028', today)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateIdNumber('110105194913310024', today)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateIdNumber('110105190002290017', today)).to.deep.equal({ ok: false, reason: 'date' });
    expect(validateIdNumber('11010519491231002', today)).to.deep.equal({ ok: false, reason: 'length' });
    expect(validateIdNumber('11010519491231002Y', today)).to.deep.equal({ ok: false, reason: 'characters' });
    expect(validateIdNumber('', today)).to.deep.equal({ ok: false, reason: 'empty' });
    // Born tomorrow is not a real birth date yet.
    const tomorrow = `110105202611250${'01'}`;
    expect(validateIdNumber(tomorrow + idCheckCharacter(tomorrow), today)).to.deep.equal({ ok: false, reason: 'date' });
  });

  it('masks numbers so they can be recognised but not reused', () => {
    expect(maskIdNumber('11010519491231002X')).to.equal('110105********002X');
    expect(maskPhone('13812345678')).to.equal('138****5678');
  });
});

describe('names, phones, cards and codes', () => {
  it('accepts Han, minority names with the middle dot, and Latin names', () => {
    expect(validateName('  张三 ')).to.deep.equal({ ok: true, value: '张三' });
    expect(validateName('阿依古丽•买买提')).to.deep.equal({ ok: true, value: '阿依古丽·买买提' });
    expect(validateName('Anna Maria Eriksson').ok).to.equal(true);
    expect(validateName('')).to.deep.equal({ ok: false, reason: 'empty' });
    expect(validateName('<script>')).to.deep.equal({ ok: false, reason: 'characters' });
    expect(validateName('张'.repeat(51))).to.deep.equal({ ok: false, reason: 'too_long' });
  });

  it('takes minority names of 50 characters, rare characters counted as one, and every form of the separator as ·', () => {
    // 50 characters: 40 Han (10 of them from the supplementary planes, two UTF-16 units each) and 10 separators.
    const long = ['阿卜杜热合曼', '𠈌𠈌𠈌', '买买提', '艾𪚥力', '𫠣吾', '努尔', '𬺰', '玉素甫江', '阿不都热西提', '克里木𰻞𰻞', '吐尔逊𠀀𠀁'];
    expect([...long.join('·')].length).to.equal(50);
    expect(validateName(long.join('·'))).to.deep.equal({ ok: true, value: long.join('·') });
    expect(validateName(`${long.join('·')}张`)).to.deep.equal({ ok: false, reason: 'too_long' });
    for (const separator of ['·', '•', '‧', '・', '．', '･', '.', ' · ', ' . ']) {
      expect(validateName(`阿依古丽${separator}买买提`), separator).to.deep.equal({ ok: true, value: '阿依古丽·买买提' });
    }
    expect(validateName('𠈌𠈌')).to.deep.equal({ ok: true, value: '𠈌𠈌' });
  });

  it('accepts mainland mobiles with +86 or 0086, spaces and hyphens; refuses the rest', () => {
    expect(validateMobile('+86 138-1234-5678')).to.deep.equal({ ok: true, value: '13812345678' });
    expect(validateMobile('008613812345678')).to.deep.equal({ ok: true, value: '13812345678' });
    expect(validateMobile('12345678901')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateMobile('1381234567')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateMobile(' ')).to.deep.equal({ ok: false, reason: 'empty' });
  });

  it('checks card numbers, SMS codes and payment passwords', () => {
    expect(validateCardNumber('a1234 5678')).to.deep.equal({ ok: true, value: 'A12345678' });
    expect(validateCardNumber('A1234567')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validateSmsCode('123 456')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateSmsCode('１２３４５６')).to.deep.equal({ ok: true, value: '123456' });
    expect(validateSmsCode('12345')).to.deep.equal({ ok: false, reason: 'format' });
    expect(validatePaymentPassword('14725a')).to.deep.equal({ ok: false, reason: 'format' });
  });

  it('turns full-width characters into half-width ones', () => {
    expect(toHalfWidth('ＡＢＣ　１２３')).to.equal('ABC 123');
    expect(normaliseCode(' a-b c ')).to.equal('ABC');
  });
});

describe('a postal address for a replacement card', () => {
  const chosen = { province: '440000', city: '440300', district: '440305' };

  it('asks for the first list not answered, and for the street; the street comes back tidied', () => {
    expect(checkPostalAddress({ province: '', city: '', district: '', street: '' })).to.deep.equal({ ok: false, problems: { province: 'empty', street: 'empty' } });
    expect(checkPostalAddress({ ...chosen, district: '', street: '１号' })).to.deep.equal({ ok: false, problems: { district: 'empty' } });
    expect(checkPostalAddress({ ...chosen, street: '  高新南一道　1 号  ' })).to.deep.equal({ ok: true, value: { district: '440305', street: '高新南一道 1 号' } });
  });

  it('counts characters, not UTF-16 units: 60 rare Han characters from the supplementary planes fit, 61 do not', () => {
    const rare = '𠀋';
    expect(checkPostalAddress({ ...chosen, street: rare.repeat(STREET_MAX_CHARACTERS) }).ok).to.equal(true);
    expect(checkPostalAddress({ ...chosen, street: rare.repeat(STREET_MAX_CHARACTERS + 1) })).to.deep.equal({ ok: false, problems: { street: 'too_long' } });
  });
});

describe('a name as the card’s QR shows it', () => {
  it('keeps the first character of a Chinese name and the first letter of each part of a Latin one', () => {
    expect(['张三', '欧阳明月', '李', 'SMITH JOHN', 'Anne-Marie O’Neil', '阿依古丽·买买提'].map(maskHolderName)).to.deep.equal([
      '张*',
      '欧***',
      '李*',
      'S**** J***',
      'A********* O*****',
      '阿*******',
    ]);
  });
});
