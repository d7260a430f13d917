import { msg } from '@lit/localize';
import type { ServiceId } from '../api/contract.js';

/**
 * Each service's one name, wherever it is named: the services step, a relative's request, the
 * consent screen, "my card"'s toggles and its quick links, the applications screen's title.
 */
export function serviceName(id: ServiceId): string {
  switch (id) {
    case 'medical_payment':
      return msg('医保支付');
    case 'account_queries':
      return msg('养老金和账户查询');
    case 'benefit_alerts':
      return msg('待遇到账提醒');
    case 'online_applications':
      return msg('网上办事');
  }
}

export function serviceDescription(id: ServiceId): string {
  switch (id) {
    case 'medical_payment':
      return msg('在医院和药店出示医保码付款');
    case 'account_queries':
      return msg('查看养老金、医保个人账户余额和明细');
    case 'benefit_alerts':
      return msg('养老金、失业金到账时通知您');
    case 'online_applications':
      return msg('异地就医备案等业务在线申请');
  }
}
