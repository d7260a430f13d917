// The names of what the service sends as ids about a card: the issuing city and the bank holding
// its account, in the reader's language. Loaded with the screens that show a card, not the first.
import { msg } from '@lit/localize';
import type { BankCode, IssuerCity } from '../domain/card-issuers.js';

export function issuerName(city: IssuerCity): string {
  switch (city) {
    case 'beijing':
      return msg('北京市');
    case 'tianjin':
      return msg('天津市');
    case 'shanghai':
      return msg('上海市');
    case 'nanjing':
      return msg('南京市');
    case 'hangzhou':
      return msg('杭州市');
    case 'guangzhou':
      return msg('广州市');
    case 'shenzhen':
      return msg('深圳市');
    case 'chongqing':
      return msg('重庆市');
    case 'chengdu':
      return msg('成都市');
    case 'urumqi':
      return msg('乌鲁木齐市');
  }
}

export function bankName(bank: BankCode): string {
  switch (bank) {
    case 'icbc':
      return msg('中国工商银行');
    case 'abc':
      return msg('中国农业银行');
    case 'boc':
      return msg('中国银行');
    case 'ccb':
      return msg('中国建设银行');
  }
}
