// Every refusal, from a domain rule or from the service, as a specific translated sentence.
// Functions, not constants, so each is translated when it is shown.
import { msg, str } from '@lit/localize';
import type { ApiError } from '../api/contract.js';
import { dateTimeFormat } from '../modes/locale.js';
import { parseDateParts } from '../domain/dates.js';

/** "14:05", in the UI language's clock. */
export function formatTime(iso: string): string {
  return dateTimeFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** "2026年11月25日 14:05", "Nov 25, 2026, 14:05": for times more than a day away. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}

export function nameProblem(reason: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入姓名');
    case 'too_long':
      return msg('姓名不能超过 50 个字');
    default:
      return msg('姓名只能包含汉字、字母和间隔号（·），请与身份证上的一致');
  }
}

export function idNumberProblem(reason: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入身份证号码');
    case 'length':
      return msg('身份证号码应为 18 位');
    case 'characters':
      return msg('身份证号码只能包含数字，最后一位可能是 X');
    case 'date':
      return msg('身份证号码中的出生日期不正确，请核对');
    default:
      return msg('身份证号码不正确，请逐位核对');
  }
}

export function phoneProblem(reason: string): string {
  return reason === 'empty' ? msg('请输入手机号码') : msg('请输入 11 位手机号码，例如 13812345678');
}

export function codeProblem(reason: string): string {
  return reason === 'empty' ? msg('请输入短信验证码') : msg('验证码是 6 位数字');
}

export function cardNumberProblem(reason: string): string {
  return reason === 'empty' ? msg('请输入社保卡卡号') : msg('卡号是 9 位，通常是 1 个字母加 8 个数字，例如 A12345678');
}

export function consentCodeProblem(reason: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入确认码');
    case 'characters':
      return msg('确认码只有字母和数字 2 到 9，没有 0、1、O 和 I。请核对短信里的确认码');
    default:
      return msg('确认码是 8 位字母和数字，在家人发给您的短信里');
  }
}

export function passwordProblem(reason: string): string {
  return reason === 'empty' ? msg('请输入支付密码') : msg('支付密码是 6 位数字');
}

function attemptsLeftSentence(left: number): string {
  return left === 1
    ? msg('您还可以再试 1 次，之后需要等待 15 分钟。')
    : msg(str`您还可以再试 ${left} 次。`);
}

/** The sentence for a refusal from the service. */
export function serviceProblem(error: ApiError): string {
  // A lock's end the browser cannot read as a time is left out, not allowed to break the sentence.
  const until = error.lockedUntil && !Number.isNaN(new Date(error.lockedUntil).getTime()) ? error.lockedUntil : undefined;
  switch (error.code) {
    case 'code_wrong':
      return `${msg('验证码不正确。')}${attemptsLeftSentence(error.attemptsLeft ?? 0)}`;
    case 'code_expired':
      return msg('验证码已过期（有效期 5 分钟），请重新获取');
    case 'no_code':
      return msg('请先获取验证码');
    case 'password_wrong':
      return `${msg('支付密码不正确。')}${attemptsLeftSentence(error.attemptsLeft ?? 0)}`;
    case 'face_mismatch':
      return msg('人脸核验没有通过。您可以改用短信验证码。');
    case 'locked':
      return until
        ? msg(str`尝试次数过多，已暂时锁定。请在 ${formatTime(until)} 后再试。`)
        : msg('尝试次数过多，已暂时锁定 15 分钟。');
    case 'client_limited':
      return until
        ? msg(str`这台设备所在的网络在短时间内为很多不同的人核验失败。为保护大家的安全，这里的核验已暂停，请在 ${formatTime(until)} 后再试。需要帮助请拨打 12333。`)
        : msg('这台设备所在的网络在短时间内为很多不同的人核验失败。为保护大家的安全，这里的核验已暂停 1 小时。需要帮助请拨打 12333。');
    case 'sms_too_soon':
      return msg(str`验证码刚刚发送过，请 ${error.retryAfter ?? 60} 秒后再获取`);
    case 'sms_hourly_limit':
      return until
        ? msg(str`1 小时内最多发送 5 次验证码。请在 ${formatTime(until)} 后再获取，或改用人脸核验。`)
        : msg('1 小时内最多发送 5 次验证码，请稍后再获取。');
    case 'card_not_found':
      return msg('没有找到这张社保卡，请核对卡号');
    case 'phone_mismatch':
      return msg('您填写的手机号不是这张卡在银行预留的手机号');
    case 'agreement_outdated':
      return msg('服务协议已更新，请阅读新版本后再签署');
    case 'busy':
      return msg('服务繁忙，请稍后再试');
    case 'consent_not_found':
      return `${msg('没有找到这个确认码，请核对短信里的确认码。')}${attemptsLeftSentence(error.attemptsLeft ?? 0)}`;
    case 'not_yours':
      return error.whose === 'cardholder' ? msg('这一步要由持卡人在自己的手机上完成。') : msg('这一步由帮忙的家人完成。');
    case 'relative_limit':
      return msg('您已经在帮 8 位家人办理，这是最多的人数。请先让其中一位取消您的帮办权限。');
    case 'refused_recently':
      return msg('持卡人不到一天前没有同意您的请求。请过一天再问，或者先和对方联系。');
    case 'cardholder_limit':
      return msg('今天为这位持卡人发出的请求太多了，请明天再试。');
    case 'consent_expired':
      return msg('这个请求已经过期（请求只在 24 小时内有效）。如果需要，请让家人重新发送。');
    case 'consent_closed':
      return msg('这个请求已经被拒绝或取消，没有绑定任何东西。');
    case 'service_off':
      return msg('这项服务没有开通。可以在“我的社保卡”里开通。');
    case 'card_lost':
      return error.reportReference
        ? msg(str`这张社保卡已挂失（挂失编号 ${error.reportReference}），暂时不能绑定，也不能用来支付。挂失 7 天后自动解除；要提前解除或补办新卡，请拨打 12333。`)
        : msg('这张社保卡已挂失，暂时不能绑定，也不能用来支付。挂失 7 天后自动解除；要提前解除或补办新卡，请拨打 12333。');
    case 'card_not_lost':
      return msg('这张社保卡没有挂失，可以正常使用。');
    case 'card_replaced':
      return msg('这张社保卡已经换成新卡，不能再绑定。请用新卡上的卡号。');
    case 'replacement_ordered':
      return msg('新卡已经在办理中，旧卡不能再解除挂失。新卡送到后会自动绑定，社保卡支付随即恢复。');
    case 'already_checked':
      return msg('今年的养老金资格认证已经做过了，不需要再做。');
    case 'slot_full':
      return msg('您选的时间刚刚被别人约满了。请返回选择另一个时间，其他选择都已保留。');
    default:
      return msg('出了点问题，请稍后再试。您填写的内容已保留。');
  }
}

/** "2031年5月7日", "7 May 2031", in the UI language. */
export function formatDate(isoDate: string): string {
  const parsed = parseDateParts(isoDate);
  if (!parsed.ok) return isoDate;
  return dateTimeFormat({ dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${parsed.value}T00:00:00Z`));
}
