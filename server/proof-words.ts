// The proof of insurance's words in the app's four languages. The document is made by the
// service, not the app, so its words live here; a language missing a word does not type-check.
// Uyghur words hold no digits or brackets: numbers and codes sit in cells of their own, so no
// line mixes directions (pdfkit lays a line out in one direction).
import type { AppLocale } from '../src/api/locale.js';
import type { IssuerCity } from '../src/domain/card-issuers.js';
import type { Insurance } from '../src/domain/contributions.js';
import { CITY_NAMES } from './city-names.js';

export interface ProofWords {
  title: string;
  intro: string;
  holderCaption: string;
  name: string;
  idNumber: string;
  cardNumber: string;
  insuredIn: string;
  insuranceCaption: string;
  insuranceColumn: string;
  status: string;
  since: string;
  paidMonths: string;
  base: string;
  active: string;
  stopped: string;
  insurance: Record<Insurance, string>;
  checkCaption: string;
  issuedOn: string;
  validUntil: string;
  code: string;
  address: string;
  howTo: string;
  qrAlt: string;
  issuedBy: string;
  /** Said under a translation: the Chinese is what counts. */
  translationNote: string;
  city: Record<IssuerCity, string>;
  date: (day: string) => string;
  month: (month: string) => string;
}

const [y, m, d] = [(s: string) => Number(s.slice(0, 4)), (s: string) => Number(s.slice(5, 7)), (s: string) => Number(s.slice(8, 10))];
const englishMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const PROOF_WORDS: Record<AppLocale, ProofWords> = {
  'zh-Hans': {
    title: '社会保险参保证明',
    intro: '兹证明下列人员参加社会保险，情况如下。',
    holderCaption: '参保人',
    name: '姓名',
    idNumber: '证件号码',
    cardNumber: '社会保障卡号',
    insuredIn: '参保地',
    insuranceCaption: '参保情况',
    insuranceColumn: '险种',
    status: '参保状态',
    since: '参保起始',
    paidMonths: '累计缴费月数',
    base: '当前月缴费基数（元）',
    active: '正常参保',
    stopped: '暂停缴费',
    insurance: { pension: '养老保险', medical: '医疗保险', unemployment: '失业保险' },
    checkCaption: '核验',
    issuedOn: '开具日期',
    validUntil: '有效期至',
    code: '核验码',
    address: '核验网址',
    howTo: '收到本证明的人可以扫描二维码，或者在核验网址输入核验码，核验页面会显示本证明的内容。',
    qrAlt: '打开核验页面的二维码',
    issuedBy: '社保卡服务（沙盒）开具',
    translationNote: '',
    city: CITY_NAMES['zh-Hans'],
    date: (day) => `${y(day)}年${m(day)}月${d(day)}日`,
    month: (month) => `${y(month)}年${m(month)}月`,
  },
  en: {
    title: 'Proof of social insurance',
    intro: 'This certifies that the person below is insured as follows.',
    holderCaption: 'Insured person',
    name: 'Full name',
    idNumber: 'ID document number',
    cardNumber: 'Social security card number',
    insuredIn: 'Insured in',
    insuranceCaption: 'Insurance',
    insuranceColumn: 'Insurance',
    status: 'Status',
    since: 'Since',
    paidMonths: 'Months paid',
    base: 'Monthly contribution base now (yuan)',
    active: 'Insured',
    stopped: 'Contributions paused',
    insurance: { pension: 'Pension insurance', medical: 'Medical insurance', unemployment: 'Unemployment insurance' },
    checkCaption: 'Checking this proof',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    code: 'Check code',
    address: 'Check it at',
    howTo: 'Whoever is given this proof can scan the QR code, or enter the check code at the address above: the page shows what this proof says.',
    qrAlt: 'QR code that opens the check page',
    issuedBy: 'Issued by the social security card service (sandbox)',
    translationNote: 'This is a translation of the Chinese above; the Chinese is what counts.',
    city: CITY_NAMES.en,
    date: (day) => `${d(day)} ${englishMonths[m(day) - 1]} ${y(day)}`,
    month: (month) => `${englishMonths[m(month) - 1]} ${y(month)}`,
  },
  'zh-Hant-HK': {
    title: '社會保險參保證明',
    intro: '茲證明下列人士參加社會保險，情況如下。',
    holderCaption: '參保人',
    name: '姓名',
    idNumber: '證件號碼',
    cardNumber: '社會保障卡號',
    insuredIn: '參保地',
    insuranceCaption: '參保情況',
    insuranceColumn: '險種',
    status: '參保狀態',
    since: '參保起始',
    paidMonths: '累計供款月數',
    base: '目前每月供款基數（元）',
    active: '正常參保',
    stopped: '暫停供款',
    insurance: { pension: '養老保險', medical: '醫療保險', unemployment: '失業保險' },
    checkCaption: '核實',
    issuedOn: '開具日期',
    validUntil: '有效期至',
    code: '核實碼',
    address: '核實網址',
    howTo: '收到本證明嘅人可以掃描二維碼，或者喺核實網址輸入核實碼，核實頁面會顯示本證明嘅內容。',
    qrAlt: '打開核實頁面嘅二維碼',
    issuedBy: '社保卡服務（沙盒）開具',
    translationNote: '以上係簡體中文內容嘅譯本，以簡體中文為準。',
    city: CITY_NAMES['zh-Hant-HK'],
    date: (day) => `${y(day)}年${m(day)}月${d(day)}日`,
    month: (month) => `${y(month)}年${m(month)}月`,
  },
  ug: {
    title: 'ئىجتىمائىي سۇغۇرتىغا قاتناشقانلىق ئىسپاتى',
    intro: 'تۆۋەندىكى كىشىنىڭ ئىجتىمائىي سۇغۇرتىغا قاتنىشىۋاتقانلىقىنى ئىسپاتلايمىز، ئەھۋالى تۆۋەندىكىچە.',
    holderCaption: 'سۇغۇرتا قىلىنغۇچى',
    name: 'ئىسىم-فامىلە',
    idNumber: 'گۇۋاھنامە نومۇرى',
    cardNumber: 'ئىجتىمائىي كاپالەت كارتا نومۇرى',
    insuredIn: 'سۇغۇرتىغا قاتناشقان جاي',
    insuranceCaption: 'سۇغۇرتا ئەھۋالى',
    insuranceColumn: 'سۇغۇرتا تۈرى',
    status: 'ھالىتى',
    since: 'باشلانغان ئاي',
    paidMonths: 'تۆلىگەن ئاي سانى',
    base: 'ھازىرقى ئايلىق تۆلەم ئاساسى، يۈەن',
    active: 'نورمال قاتنىشىۋاتىدۇ',
    stopped: 'تۆلەش توختىتىلغان',
    insurance: { pension: 'پېنسىيە سۇغۇرتىسى', medical: 'داۋالاش سۇغۇرتىسى', unemployment: 'ئىشسىزلىق سۇغۇرتىسى' },
    checkCaption: 'دەلىللەش',
    issuedOn: 'بېرىلگەن كۈنى',
    validUntil: 'ۋاقتى توشىدىغان ۋاقىت',
    code: 'دەلىللەش نومۇرى',
    address: 'دەلىللەش بېتى',
    howTo: 'بۇ ئىسپاتنى تاپشۇرۇۋالغان كىشى ئىككى ئۆلچەملىك كودنى سكانىرلىسا ياكى دەلىللەش بېتىدە دەلىللەش نومۇرىنى كىرگۈزسە، ئىسپاتنىڭ مەزمۇنىنى كۆرەلەيدۇ.',
    qrAlt: 'دەلىللەش بېتىنى ئاچىدىغان ئىككى ئۆلچەملىك كود',
    issuedBy: 'ئىجتىمائىي كاپالەت كارتا مۇلازىمىتى بەرگەن، سىناق مۇھىتى',
    translationNote: 'بۇ يۇقىرىدىكى خەنزۇچە مەزمۇننىڭ تەرجىمىسى؛ خەنزۇچە مەزمۇن ئاساس قىلىنىدۇ.',
    city: CITY_NAMES.ug,
    // Digits in a cell of their own, left to right: ISO dates read the same in any script.
    date: (day) => day,
    month: (month) => month,
  },
};

/** Right to left: laid out from the right, columns too. */
export const isRightToLeft = (locale: AppLocale) => locale === 'ug';
