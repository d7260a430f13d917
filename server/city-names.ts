// The card-issuing cities' names in the app's languages, for what the service writes itself (the
// proof of insurance, the counter's page); the app names them from its own translations.
import type { AppLocale } from '../src/api/locale.js';
import type { IssuerCity } from '../src/domain/card-issuers.js';

export const CITY_NAMES: Record<AppLocale, Record<IssuerCity, string>> = {
  'zh-Hans': { beijing: '北京市', tianjin: '天津市', shanghai: '上海市', nanjing: '南京市', hangzhou: '杭州市', guangzhou: '广州市', shenzhen: '深圳市', chongqing: '重庆市', chengdu: '成都市', urumqi: '乌鲁木齐市' },
  en: { beijing: 'Beijing', tianjin: 'Tianjin', shanghai: 'Shanghai', nanjing: 'Nanjing', hangzhou: 'Hangzhou', guangzhou: 'Guangzhou', shenzhen: 'Shenzhen', chongqing: 'Chongqing', chengdu: 'Chengdu', urumqi: 'Ürümqi' },
  'zh-Hant-HK': { beijing: '北京市', tianjin: '天津市', shanghai: '上海市', nanjing: '南京市', hangzhou: '杭州市', guangzhou: '廣州市', shenzhen: '深圳市', chongqing: '重慶市', chengdu: '成都市', urumqi: '烏魯木齊市' },
  ug: { beijing: 'بېيجىڭ شەھىرى', tianjin: 'تيەنجىن شەھىرى', shanghai: 'شاڭخەي شەھىرى', nanjing: 'نەنجىڭ شەھىرى', hangzhou: 'خاڭجۇ شەھىرى', guangzhou: 'گۇاڭجۇ شەھىرى', shenzhen: 'شېنجېن شەھىرى', chongqing: 'چۇڭچىڭ شەھىرى', chengdu: 'چېڭدۇ شەھىرى', urumqi: 'ئۈرۈمچى شەھىرى' },
};
