// The places a replacement card can be posted to, in the reader's language. The service sends a
// code with its Chinese name; a code this table does not know (a back end with the full list)
// shows that Chinese name, so the address still reads as the courier will print it.
import { msg } from '@lit/localize';
import type { Region } from '../../api/contract.js';

function knownName(code: string): string | null {
  switch (code) {
    case '110000':
    case '110100':
      return msg('北京市');
    case '110101':
      return msg('东城区');
    case '110105':
      return msg('朝阳区');
    case '110108':
      return msg('海淀区');
    case '310000':
    case '310100':
      return msg('上海市');
    case '310101':
      return msg('黄浦区');
    case '310115':
      return msg('浦东新区');
    case '440000':
      return msg('广东省');
    case '440100':
      return msg('广州市');
    case '440104':
      return msg('越秀区');
    case '440106':
      return msg('天河区');
    case '440300':
      return msg('深圳市');
    case '440304':
      return msg('福田区');
    case '440305':
      return msg('南山区');
    case '650000':
      return msg('新疆维吾尔自治区');
    case '650100':
      return msg('乌鲁木齐市');
    case '650102':
      return msg('天山区');
    case '650103':
      return msg('沙依巴克区');
    case '653100':
      return msg('喀什地区');
    case '653101':
      return msg('喀什市');
    case '653121':
      return msg('疏附县');
    default:
      return null;
  }
}

export function regionName(region: Region): string {
  return knownName(region.code) ?? region.name;
}

/** Whether the app names this code itself (the test that every code the sandbox sends is named). */
export function regionNamed(code: string): boolean {
  return knownName(code) !== null;
}
