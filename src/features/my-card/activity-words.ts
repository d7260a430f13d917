// An activity entry's words, for the activity page and the inbox's "was this you?" notices: what
// happened, by whom (a relative by name, the phone masked and read as its ending), and when.
import { msg, str } from '@lit/localize';
import { serviceName } from '../../flow/services.js';
import { SERVICE_IDS, type ActivityEntry, type ServiceId } from '../../api/contract.js';
import { formatFen } from '../../domain/money.js';
import { dateTimeFormat, formatLocales, joinList } from '../../modes/locale.js';
import { masked } from '../../ui/masked.js';

export function whatHappened(entry: ActivityEntry): string {
  switch (entry.kind) {
    case 'bound':
      return msg('绑定了社保卡');
    case 'services_changed': {
      const on = SERVICE_IDS.filter((id: ServiceId) => entry.services?.includes(id)).map(serviceName);
      return on.length > 0 ? msg(str`更改了服务，现在开通：${joinList(on)}`) : msg('关闭了所有服务');
    }
    case 'payment_code_shown':
      return msg('打开了医保码');
    case 'paid':
      return entry.amountFen === null ? msg('用医保码付了款') : msg(str`用医保码付款 ${formatFen(entry.amountFen, formatLocales())}`);
    case 'reported_lost':
      return msg('挂失了社保卡');
    case 'report_lifted':
      return msg('解除了挂失');
    case 'replacement_ordered':
      return msg('补办了新卡');
    case 'limits_changed':
      return msg('调整了跨境支付限额');
    case 'applied':
      return msg('提交了网上办事申请');
    case 'pension_checked':
      return msg('完成了养老金资格认证');
    case 'relative_allowed':
      return msg('同意家人帮忙绑卡');
    case 'relative_removed':
      return msg('取消了家人的权限');
    case 'unbound':
      return msg('解除了绑定');
    case 'signed_out_everywhere':
      return msg('在所有设备上退出了登录');
    case 'not_me':
      return msg('报告了不是本人的操作，绑定暂停审核');
    case 'review_restored':
      return msg('审核结束，社保卡恢复使用');
    case 'review_unbound':
      return msg('审核结束，为保护账户解除了绑定');
  }
}

export function byWhom(entry: ActivityEntry) {
  if (entry.by === 'cashier') return msg('医院或药店的收款台');
  if (entry.by === 'adviser') return msg('12333 的工作人员');
  if (entry.by === 'relative') return entry.relative ? masked(msg(str`您的家人 ${entry.relative.name}（${entry.relative.phoneMasked}）`)) : msg('您的家人');
  return msg('您本人');
}

/** Day and time, the year only when it is not this year (the list covers half a year), so the column stays narrow. */
export function when(iso: string): string {
  const at = new Date(iso);
  const thisYear = at.getFullYear() === new Date().getFullYear();
  return dateTimeFormat({ ...(thisYear ? {} : { year: 'numeric' }), month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}
