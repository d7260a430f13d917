// What the service sends as ids about a card (issuing city, bank) is named in the reader's language
// (issue 18: 北京市 and 中国工商银行 stayed in Simplified Chinese in English, Cantonese and Uyghur).
import { expect } from '@open-wc/testing';
import { BANK_CODES, ISSUER_CITIES, issuerCityOf } from '../../src/domain/card-issuers.js';
import { bankName, issuerName } from '../../src/flow/card-names.js';
import { getLocale, wantLaterWords } from '../../src/modes/locale.js';
import { updateSettings } from '../../src/modes/settings.js';

const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;

// The names load with the screens that show a card (the language's later part), not the first screen.
before(() => wantLaterWords());
after(() => updateSettings({ locale: 'zh-Hans' }));

describe('card issuers and banks are ids the app names', () => {
  it('reads a name stored before ids (a session kept by the service) as its id', () => {
    expect(issuerCityOf('北京市')).to.equal('beijing');
    expect(issuerCityOf('乌鲁木齐市')).to.equal('urumqi');
    expect(issuerCityOf('shenzhen')).to.equal('shenzhen');
    expect(issuerCityOf('somewhere')).to.equal('beijing');
  });

  it('names every issuer and bank in each language: Chinese in zh-Hans as before, Latin in English, traditional in Cantonese, Arabic script in Uyghur', async () => {
    await updateSettings({ locale: 'zh-Hans' });
    expect(issuerName('beijing')).to.equal('北京市');
    expect(bankName('icbc')).to.equal('中国工商银行');

    await updateSettings({ locale: 'en' });
    expect(getLocale()).to.equal('en');
    expect(issuerName('beijing')).to.equal('Beijing');
    expect(bankName('icbc')).to.equal('Industrial and Commercial Bank of China');
    for (const city of ISSUER_CITIES) expect(issuerName(city), city).not.to.match(HAN);
    for (const bank of BANK_CODES) expect(bankName(bank), bank).not.to.match(HAN);

    await updateSettings({ locale: 'zh-Hant-HK' });
    expect(issuerName('guangzhou')).to.equal('廣州市');
    expect(bankName('icbc')).to.equal('中國工商銀行');

    await updateSettings({ locale: 'ug' });
    for (const city of ISSUER_CITIES) expect(issuerName(city), city).to.match(ARABIC);
    for (const bank of BANK_CODES) expect(bankName(bank), bank).to.match(ARABIC);
  });
});
