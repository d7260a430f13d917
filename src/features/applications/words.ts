// The words for applications: cities, reasons, statuses and what happens next, and each problem a
// rule in src/domain/applications.ts can find. One place, so every screen says them alike.
import { msg, str } from '@lit/localize';
import type { Application, ApplicationStatus, AskedPensionCheck } from '../../api/contract.js';
import type { CityId, Insurance, TreatmentReason } from '../../domain/applications.js';
import { formatDate } from '../../flow/messages.js';
import { joinList } from '../../modes/locale.js';

export function cityName(city: CityId): string {
  switch (city) {
    case 'beijing':
      return msg('北京');
    case 'shanghai':
      return msg('上海');
    case 'guangzhou':
      return msg('广州');
    case 'shenzhen':
      return msg('深圳');
    case 'tianjin':
      return msg('天津');
    case 'chongqing':
      return msg('重庆');
    case 'chengdu':
      return msg('成都');
    case 'wuhan':
      return msg('武汉');
    case 'xian':
      return msg('西安');
    case 'hangzhou':
      return msg('杭州');
    case 'urumqi':
      return msg('乌鲁木齐');
    case 'kashgar':
      return msg('喀什');
  }
}

export function reasonName(reason: TreatmentReason): string {
  switch (reason) {
    case 'living_there':
      return msg('长期住在那里');
    case 'working_there':
      return msg('长期在那里工作');
    case 'referral':
      return msg('医院转诊到那里');
    case 'temporary':
      return msg('临时去那里，可能要看病');
  }
}

export function reasonHint(reason: TreatmentReason): string {
  switch (reason) {
    case 'living_there':
      return msg('例如退休后和子女住在一起，或者住了半年以上');
    case 'working_there':
      return msg('单位派您去那里工作');
    case 'referral':
      return msg('本地医院开了转诊证明');
    case 'temporary':
      return msg('出差、旅游或探亲');
  }
}

export function insuranceName(insurance: Insurance): string {
  return insurance === 'pension' ? msg('养老保险') : msg('医疗保险');
}

export function kindName(kind: Application['details']['kind']): string {
  switch (kind) {
    case 'treatment_elsewhere':
      return msg('异地就医备案');
    case 'transfer':
      return msg('社保关系转移');
    case 'pension_check':
      return msg('养老金资格认证');
  }
}

export function statusName(status: ApplicationStatus): string {
  switch (status) {
    case 'submitted':
      return msg('已提交');
    case 'in_review':
      return msg('审核中');
    case 'approved':
      return msg('已通过');
    case 'needs_information':
      return msg('需要补充材料');
  }
}

/** What the status means for the person, and what they do next, if anything. */
export function whatHappensNext(application: Application): string {
  const details = application.details;
  switch (application.status) {
    case 'submitted':
      return msg('工作人员会在一小时内开始审核，一个工作日内有结果。有结果时这里会更新。');
    case 'in_review':
      return msg('正在审核，一个工作日内有结果。您不需要做什么。');
    case 'needs_information':
      return msg('需要医院开的转诊证明。请带上转诊证明和身份证到社保服务中心，或者拨打 12333，并说出申请编号。');
    case 'approved':
      if (details.kind === 'treatment_elsewhere') {
        return msg(str`备案已生效：${formatDate(details.startDate)}到${formatDate(details.endDate)}在${cityName(details.city)}看病，可以直接用社保卡结算。`);
      }
      if (details.kind === 'transfer') {
        return msg(str`已办好：您的${joinList(details.insurances.map(insuranceName))}已从${cityName(details.fromCity)}转到${cityName(details.toCity)}。`);
      }
      return msg(str`认证有效期到${formatDate(details.validUntil)}，养老金照常发放。`);
  }
}

/** Where a pension check asked of a family member stands, as the one who asked is told. */
export function askedStatusSentence(asked: AskedPensionCheck): string {
  const name = asked.pensioner.name;
  switch (asked.status) {
    case 'pending':
      return msg(str`正在等待${name}在自己的手机上确认`);
    case 'done':
      return msg(str`${name}已经完成认证`);
    case 'refused':
      return msg(str`${name}没有同意`);
    case 'cancelled':
      return msg('您已经取消了这个请求');
    case 'expired':
      return msg('请求已过期：24 小时内没有确认');
    default:
      return msg(str`${name}已同意，正在刷脸认证`);
  }
}

export function cityProblem(field: 'city' | 'fromCity' | 'toCity', reason: string): string {
  if (reason === 'same_city') return msg('转入的城市不能和现在参保的城市一样');
  if (field === 'fromCity') return msg('请选择现在参保的城市');
  if (field === 'toCity') return msg('请选择要转到的城市');
  return msg('请选择要去看病的城市');
}

export function dateProblem(field: 'startDate' | 'endDate', reason: string): string {
  switch (reason) {
    case 'empty':
      return field === 'startDate' ? msg('请输入开始日期') : msg('请输入结束日期');
    case 'start_in_past':
      return msg('开始日期不能早于今天');
    case 'end_before_start':
      return msg('结束日期不能早于开始日期');
    case 'too_long':
      return msg('备案最长一年：结束日期要在开始日期后一年以内');
    default:
      return field === 'startDate' ? msg('开始日期必须是真实存在的日期，例如 2027 年 3 月 1 日') : msg('结束日期必须是真实存在的日期，例如 2027 年 6 月 30 日');
  }
}
