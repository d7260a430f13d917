// What the service sends as ids about a card (issuing city, bank) is named in the reader's language
// (issue 18: 北京市 and 中国工商银行 stayed in Simplified Chinese in English, Cantonese and Uyghur).
import { expect } from '@open-wc/testing';
import { BANK_CODES, ISSUER_CITIES, issuerCityOf } from '../../src/domain/card-issuers.js';
import { bankName, issuerName } from '../../src/flow/card-names.js';
import { getLocale, wantLaterWords } from '../../src/modes/locale.js';
import { updateSettings } from '../../src/modes/settings.js';
import { regionName, regionNamed } from '../../src/features/lost-card/region-names.js';
import { addressLine } from '../../src/features/lost-card/replacement-words.js';
import { regionsWithin, SANDBOX_REGION_CODES } from '../../server/regions.js';

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

describe('the places a new card is posted to are codes the app names', () => {
  afterEach(() => updateSettings({ locale: 'zh-Hans' }));

  it('names every division the sandbox lists, in each language; a code it does not know keeps the Chinese name the service sent', async () => {
    for (const code of SANDBOX_REGION_CODES) expect(regionNamed(code), code).to.equal(true);
    const all = regionsWithin(null).flatMap((province) => [province, ...regionsWithin(province.code).flatMap((city) => [city, ...regionsWithin(city.code)])]);
    expect(all.map((region) => region.code).sort()).to.deep.equal([...SANDBOX_REGION_CODES].sort());

    await updateSettings({ locale: 'en' });
    expect(regionName({ code: '650000', name: '新疆维吾尔自治区' })).to.equal('Xinjiang Uyghur Autonomous Region');
    for (const region of all) expect(regionName(region), region.code).not.to.match(HAN);
    expect(regionName({ code: '130100', name: '石家庄市' }), 'a city only a full list has').to.equal('石家庄市');
    expect(addressLine(regionsWithin(null).filter((region) => region.code === '110000').flatMap((province) => [province, ...regionsWithin('110000'), regionsWithin('110100')[1]!])), 'a municipality once').to.equal('Chaoyang District, Beijing');

    await updateSettings({ locale: 'zh-Hant-HK' });
    expect(regionName({ code: '440106', name: '天河区' })).to.equal('天河區');
    expect(addressLine([{ code: '440000', name: '广东省' }, { code: '440300', name: '深圳市' }, { code: '440305', name: '南山区' }])).to.equal('廣東省深圳市南山區');

    await updateSettings({ locale: 'ug' });
    for (const region of all) {
      expect(regionName(region), region.code).to.match(ARABIC);
      expect(regionName(region), region.code).not.to.match(HAN);
    }
  });
});
