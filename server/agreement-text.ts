// The service agreement people sign at step 5, in each language the app offers. Changing the
// wording means a new version: people who signed an older one are asked to sign again.
import type { AgreementResponse } from '../src/api/contract.js';
import type { DocumentType } from '../src/domain/document-types.js';

export const AGREEMENT_VERSION = '2026-11';
export const AGREEMENT_LANGUAGES = ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'] as const;
export type AgreementLanguage = (typeof AGREEMENT_LANGUAGES)[number];

type Text = Omit<AgreementResponse, 'version' | 'lang'>;

const TEXTS: Record<AgreementLanguage, Text> = {
  'zh-Hans': {
    title: '社会保障卡线上服务协议',
    sections: [
      {
        heading: '一、本服务做什么',
        paragraphs: [
          '本服务把您的社会保障卡（社保卡）绑定到手机上，绑定后您可以用手机查询社保账户、使用医保支付、接收待遇到账提醒和在线办理业务。',
          '绑定只影响您在本服务中的使用方式，不会改变您的参保关系或社保权益。',
        ],
      },
      {
        heading: '二、我们使用哪些信息，为什么使用',
        paragraphs: [
          '我们使用您的姓名、{document}和手机号码确认您本人的身份，使用社保卡号找到您的卡。',
          '人脸核验的照片只用于当次比对，不会保存。短信验证码和银行卡密码不会被保存或记录。',
        ],
      },
      {
        heading: '三、社保卡的金融账户和支付',
        paragraphs: [
          '社保卡带有银行金融账户。为确认账户属于您，我们请您输入银行卡交易密码，密码在您的手机上加密后直接交给银行核验。',
          '开通医保支付后，在定点医院和药店付款需要您本人确认。',
        ],
      },
      {
        heading: '四、如何解除绑定',
        paragraphs: ['您可以随时在“我的卡”页面解除绑定。解除后，手机上的社保服务立即停止，您的社保卡本身照常使用。'],
      },
      {
        heading: '五、联系我们',
        paragraphs: ['如有疑问，或您的卡丢失、被他人绑定，请拨打人力资源和社会保障服务热线 12333。'],
      },
    ],
  },
  en: {
    title: 'Social security card online service agreement',
    sections: [
      {
        heading: '1. What this service does',
        paragraphs: [
          'This service links your social security card to your phone. Once it is linked you can check your social security account, pay medical bills with your medical insurance, get alerts when benefits are paid, and apply for services online.',
          'Linking the card only changes how you use it in this service. It does not change your insurance or your entitlements.',
        ],
      },
      {
        heading: '2. What information we use and why',
        paragraphs: [
          'We use your name, {document} and mobile number to confirm who you are, and the card number to find your card.',
          'The photo taken for the face check is used for that one check and is not kept. Text message codes and your bank card password are never stored or recorded.',
        ],
      },
      {
        heading: "3. The card's bank account and payments",
        paragraphs: [
          'Your social security card has a bank account. To confirm the account is yours we ask for the card payment password. It is encrypted on your phone and checked by the bank.',
          'When medical insurance payments are turned on, you confirm every payment at hospitals and pharmacies yourself.',
        ],
      },
      {
        heading: '4. How to unbind',
        paragraphs: ['You can unbind the card at any time on the "My card" page. The services on your phone stop at once; the card itself keeps working as before.'],
      },
      {
        heading: '5. Contact us',
        paragraphs: ['If you have questions, or your card is lost or has been bound by someone else, call the social security service line on 12333.'],
      },
    ],
  },
  'zh-Hant-HK': {
    title: '社會保障卡網上服務協議',
    sections: [
      {
        heading: '一、呢個服務做乜嘢',
        paragraphs: [
          '呢個服務將你嘅社會保障卡（社保卡）綁定喺你部手機度。綁定之後，你可以用手機查社保戶口、用醫保俾錢、收待遇到賬通知，同埋喺網上辦手續。',
          '綁定只係改變你喺呢個服務入面點樣用張卡，唔會改變你嘅參保關係或者社保權益。',
        ],
      },
      {
        heading: '二、我哋用咩資料，點解要用',
        paragraphs: [
          '我哋用你嘅姓名、{document}同手機號碼確認係你本人，用社保卡號搵返你張卡。',
          '人臉核驗影嘅相只係用嚟嗰一次比對，唔會保存。短訊驗證碼同銀行卡密碼都唔會保存或者記錄。',
        ],
      },
      {
        heading: '三、社保卡嘅銀行戶口同付款',
        paragraphs: [
          '社保卡有一個銀行金融戶口。為咗確認個戶口係你嘅，我哋會請你輸入銀行卡交易密碼；密碼喺你部手機度加密，再交俾銀行核對。',
          '開通醫保支付之後，喺定點醫院同藥房俾錢都要你本人確認。',
        ],
      },
      {
        heading: '四、點樣解除綁定',
        paragraphs: ['你隨時可以喺「我的卡」頁面解除綁定。解除之後，手機上面嘅社保服務即刻停止，張社保卡本身照用。'],
      },
      {
        heading: '五、聯絡我哋',
        paragraphs: ['有咩疑問，或者你張卡唔見咗、俾人綁定咗，請打人力資源和社會保障服務熱線 12333。'],
      },
    ],
  },
  ug: {
    title: 'ئىجتىمائىي كاپالەت كارتىسى تور مۇلازىمىتى كېلىشىمى',
    sections: [
      {
        heading: '1. بۇ مۇلازىمەت نېمە قىلىدۇ',
        paragraphs: [
          'بۇ مۇلازىمەت ئىجتىمائىي كاپالەت كارتىڭىزنى يانفونىڭىزغا باغلايدۇ. باغلىغاندىن كېيىن يانفون ئارقىلىق ئىجتىمائىي كاپالەت ھېساباتىڭىزنى كۆرەلەيسىز، داۋالىنىش سۇغۇرتىسى بىلەن پۇل تۆلىيەلەيسىز، تەمىنات كەلگەندە ئۇقتۇرۇش تاپشۇرۇۋالالايسىز ۋە تور ئارقىلىق ئىلتىماس قىلالايسىز.',
          'باغلاش پەقەت بۇ مۇلازىمەتتە كارتىنى ئىشلىتىش ئۇسۇلىنىلا ئۆزگەرتىدۇ، سۇغۇرتا مۇناسىۋىتىڭىز ۋە ھوقۇقىڭىزنى ئۆزگەرتمەيدۇ.',
        ],
      },
      {
        heading: '2. قايسى ئۇچۇرلارنى ئىشلىتىمىز ۋە نېمە ئۈچۈن',
        paragraphs: [
          'ئىسمىڭىز، {document} ۋە يانفون نومۇرىڭىز ئارقىلىق سىزنىڭ ئۆزىڭىز ئىكەنلىكىڭىزنى جەزملەشتۈرىمىز، كارتا نومۇرى ئارقىلىق كارتىڭىزنى تاپىمىز.',
          'چىراي تەكشۈرۈشتە تارتىلغان سۈرەت پەقەت شۇ قېتىملىق سېلىشتۇرۇشقىلا ئىشلىتىلىدۇ، ساقلانمايدۇ. قىسقا ئۇچۇر دەلىللەش نومۇرى ۋە بانكا كارتىسى پارولى ساقلانمايدۇ ۋە خاتىرىلەنمەيدۇ.',
        ],
      },
      {
        heading: '3. كارتىنىڭ بانكا ھېساباتى ۋە پۇل تۆلەش',
        paragraphs: [
          'ئىجتىمائىي كاپالەت كارتىسىدا بانكا ھېساباتى بار. ھېساباتنىڭ سىزنىڭ ئىكەنلىكىنى جەزملەش ئۈچۈن بانكا كارتىسى پارولىنى كىرگۈزۈشىڭىزنى سورايمىز. پارول يانفونىڭىزدا شىفىرلىنىپ بانكىغا تەكشۈرۈشكە يوللىنىدۇ.',
          'داۋالىنىش سۇغۇرتىسى بىلەن تۆلەش ئېچىلغاندىن كېيىن، دوختۇرخانا ۋە دورىخانىلاردىكى ھەر بىر تۆلەمنى ئۆزىڭىز جەزملەيسىز.',
        ],
      },
      {
        heading: '4. باغلاشنى قانداق بىكار قىلىش',
        paragraphs: ['«مېنىڭ كارتام» بېتىدە خالىغان ۋاقىتتا باغلاشنى بىكار قىلالايسىز. بىكار قىلغاندىن كېيىن يانفوندىكى مۇلازىمەتلەر دەرھال توختايدۇ، كارتىنىڭ ئۆزى ئادەتتىكىدەك ئىشلەۋېرىدۇ.'],
      },
      {
        heading: '5. بىز بىلەن ئالاقىلىشىش',
        paragraphs: ['سوئالىڭىز بولسا ياكى كارتىڭىز يوقالغان ياكى باشقىلار تەرىپىدىن باغلانغان بولسا، 12333 ئىجتىمائىي كاپالەت مۇلازىمەت تېلېفونىغا تېلېفون قىلىڭ.'],
      },
    ],
  },
};

/**
 * "{document}" in the texts: the number of the document the person proved who they are with, so
 * someone who bound with a passport is not told we use their ID number. Naming the document is not
 * a change of wording: the resident ID's text is the one signed before, and the version stays.
 */
const DOCUMENT_NUMBERS: Record<AgreementLanguage, Record<DocumentType, string>> = {
  'zh-Hans': {
    resident_id: '公民身份号码',
    passport: '护照号码',
    permanent_resident: '外国人永久居留身份证号码',
    work_permit: '外国人工作许可证号码',
    permit_hk: '港澳台居民居住证号码',
    permit_mo: '港澳台居民居住证号码',
    permit_tw: '港澳台居民居住证号码',
  },
  en: {
    resident_id: 'ID number',
    passport: 'passport number',
    permanent_resident: 'foreign permanent resident ID card number',
    work_permit: "foreigner's work permit number",
    permit_hk: 'residence permit number',
    permit_mo: 'residence permit number',
    permit_tw: 'residence permit number',
  },
  'zh-Hant-HK': {
    resident_id: '身份證號碼',
    passport: '護照號碼',
    permanent_resident: '外國人永久居留身份證號碼',
    work_permit: '外國人工作許可證號碼',
    permit_hk: '港澳台居民居住證號碼',
    permit_mo: '港澳台居民居住證號碼',
    permit_tw: '港澳台居民居住證號碼',
  },
  ug: {
    resident_id: 'كىملىك نومۇرىڭىز',
    passport: 'پاسپورت نومۇرىڭىز',
    permanent_resident: 'مەڭگۈلۈك تۇرۇش كىملىكى نومۇرىڭىز',
    work_permit: 'خىزمەت ئىجازەتنامىسى نومۇرىڭىز',
    permit_hk: 'تۇرالغۇ ئىجازەتنامىسى نومۇرىڭىز',
    permit_mo: 'تۇرالغۇ ئىجازەتنامىسى نومۇرىڭىز',
    permit_tw: 'تۇرالغۇ ئىجازەتنامىسى نومۇرىڭىز',
  },
};

/**
 * The agreement in `lang`, naming the number of `document` (the resident ID's when not known);
 * any language we do not have falls back to Simplified Chinese.
 */
export function agreementIn(lang: string | undefined, document: DocumentType = 'resident_id'): AgreementResponse {
  const language: AgreementLanguage = (AGREEMENT_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as AgreementLanguage) : 'zh-Hans';
  const { title, sections } = TEXTS[language];
  const documentNumber = DOCUMENT_NUMBERS[language][document];
  return {
    version: AGREEMENT_VERSION,
    lang: language,
    title,
    sections: sections.map(({ heading, paragraphs }) => ({ heading, paragraphs: paragraphs.map((text) => text.replaceAll('{document}', documentNumber)) })),
  };
}
