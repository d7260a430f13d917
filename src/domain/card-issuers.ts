// Who issued a card and which bank holds its account, as stable ids: the service sends these, and
// the app names them in the reader's language (src/flow/card-names.ts), so a card issued in
// 北京市 reads "Beijing" in English. No names here; no DOM.

/** Cities whose social security bureau issued the card (the sandbox knows these). */
export const ISSUER_CITIES = ['beijing', 'tianjin', 'shanghai', 'nanjing', 'hangzhou', 'guangzhou', 'shenzhen', 'chongqing', 'chengdu', 'urumqi'] as const;
export type IssuerCity = (typeof ISSUER_CITIES)[number];

/** The banks that hold a card's financial account (the sandbox uses ICBC). */
export const BANK_CODES = ['icbc', 'abc', 'boc', 'ccb'] as const;
export type BankCode = (typeof BANK_CODES)[number];

/** Names stored before ids were sent (sessions kept by the service), mapped to their ids. */
const LEGACY_ISSUERS: Record<string, IssuerCity> = {
  北京市: 'beijing',
  天津市: 'tianjin',
  上海市: 'shanghai',
  南京市: 'nanjing',
  杭州市: 'hangzhou',
  广州市: 'guangzhou',
  深圳市: 'shenzhen',
  重庆市: 'chongqing',
  成都市: 'chengdu',
  乌鲁木齐市: 'urumqi',
};

/** An issuer as stored: an id, or a Chinese name saved before ids (Beijing when unknown). */
export function issuerCityOf(stored: string): IssuerCity {
  if ((ISSUER_CITIES as readonly string[]).includes(stored)) return stored as IssuerCity;
  return LEGACY_ISSUERS[stored] ?? 'beijing';
}
