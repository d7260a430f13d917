// Every refusal, from a domain rule or from the service, as a specific translated sentence.
// Functions, not constants, so each is translated when it is shown.
import { msg, str } from '@lit/localize';
import type { ApiError } from '../api/contract.js';
import { formatLocales } from '../modes/locale.js';

/** "14:05", in the UI language's clock. */
export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(formatLocales(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export function nameProblem(reason: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入姓名');
    case 'too_long':
      return msg('姓名不能超过 40 个字');
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
      return error.lockedUntil
        ? msg(str`尝试次数过多，已暂时锁定。请在 ${formatTime(error.lockedUntil)} 后再试。`)
        : msg('尝试次数过多，已暂时锁定 15 分钟。');
    case 'sms_too_soon':
      return msg(str`验证码刚刚发送过，请 ${error.retryAfter ?? 60} 秒后再获取`);
    case 'sms_hourly_limit':
      return error.lockedUntil
        ? msg(str`1 小时内最多发送 5 次验证码。请在 ${formatTime(error.lockedUntil)} 后再获取，或改用人脸核验。`)
        : msg('1 小时内最多发送 5 次验证码，请稍后再获取。');
    case 'card_not_found':
      return msg('没有找到这张社保卡，请核对卡号');
    case 'phone_mismatch':
      return msg('您填写的手机号不是这张卡在银行预留的手机号');
    case 'agreement_outdated':
      return msg('服务协议已更新，请阅读新版本后再签署');
    case 'busy':
      return msg('服务繁忙，请稍后再试');
    default:
      return msg('出了点问题，请稍后再试。您填写的内容已保留。');
  }
}
