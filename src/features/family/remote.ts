// Remote binding as the two people see it: who the relative is to the cardholder, where the
// request stands, whose turn it is. One place for these words, used on both devices.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import type { ConsentStatus, ConsentView, Relationship } from '../../api/contract.js';

export const RELATIONSHIPS: readonly Relationship[] = ['child', 'spouse', 'parent', 'sibling', 'grandchild', 'other'];

/** What the relative is to the cardholder ("their child"), as the relative chooses it. */
export function relationshipName(relationship: Relationship): string {
  switch (relationship) {
    case 'child':
      return msg('子女');
    case 'spouse':
      return msg('配偶');
    case 'parent':
      return msg('父母');
    case 'sibling':
      return msg('兄弟姐妹');
    case 'grandchild':
      return msg('孙子女');
    case 'other':
      return msg('其他亲属');
  }
}

/** "李明（您的子女）": the relative as the cardholder knows them. */
export function relativeForCardholder(view: ConsentView): string {
  return relativeAs(view.relative.name, view.relative.relationship);
}

export function relativeAs(name: string, relationship: Relationship): string {
  return msg(str`${name}（您的${relationshipName(relationship)}）`);
}

type Part = { label: string; done: boolean; current: boolean };

const ORDER: readonly ConsentStatus[] = ['pending', 'consented', 'identity_verified', 'card_added', 'bank_verified', 'signed', 'bound'];

/** The six parts of a remote binding and who does each, seen from `role`'s side. */
function parts(view: ConsentView, role: 'relative' | 'cardholder'): Part[] {
  const holder = role === 'relative' ? view.cardholder.name : msg('您');
  const relative = role === 'relative' ? msg('您') : view.relative.name;
  const labels = [
    msg(str`${holder}确认同意`),
    msg(str`${holder}刷脸或用短信验证码核实身份`),
    msg(str`${relative}添加社保卡`),
    msg(str`${holder}输入银行卡支付密码`),
    msg(str`${holder}签署服务协议`),
    msg(str`${relative}完成绑定`),
  ];
  const reached = ORDER.indexOf(view.status);
  return labels.map((label, index) => ({ label, done: reached > index, current: reached === index }));
}

/** The request's progress as a list: what is done, whose turn it is now (aria-current), what is to come. */
export function remoteProgressList(view: ConsentView, role: 'relative' | 'cardholder') {
  return html`
    <ol class="ssc-task-list">
      ${parts(view, role).map(
        (part) => html`<li class="ssc-task-list__item" aria-current=${part.current ? 'step' : 'false'}>
          <span class="ssc-task-list__name">${part.label}</span>
          <strong class="ssc-tag ${part.done ? 'ssc-tag--done' : part.current ? 'ssc-tag--current' : ''}"
            >${part.done ? msg('已完成') : part.current ? msg('正在进行') : msg('还没开始')}</strong
          >
        </li>`,
      )}
    </ol>
  `;
}

/** One sentence for where things stand, said aloud when it changes. */
export function remoteStatusSentence(view: ConsentView, role: 'relative' | 'cardholder'): string {
  const holder = view.cardholder.name;
  const relative = view.relative.name;
  const mine = role === 'relative';
  switch (view.status) {
    case 'pending':
      return mine ? msg(str`正在等待${holder}在自己的手机上确认`) : msg('请确认是否同意');
    case 'consented':
      return mine ? msg(str`${holder}已同意，正在核实身份`) : msg('请核实您的身份');
    case 'identity_verified':
      return mine ? msg(str`${holder}已核实身份。请添加社保卡`) : msg(str`正在等待${relative}添加您的社保卡`);
    case 'card_added':
      return mine ? msg(str`正在等待${holder}输入银行卡支付密码`) : msg('请输入银行卡支付密码');
    case 'bank_verified':
      return mine ? msg(str`正在等待${holder}签署服务协议`) : msg('请阅读并签署服务协议');
    case 'signed':
      return mine ? msg(str`${holder}已签署协议。请完成绑定`) : msg(str`正在等待${relative}完成绑定`);
    case 'bound':
      return msg('社保卡绑定成功');
    case 'refused':
      return mine ? msg(str`${holder}没有同意，没有绑定任何东西`) : msg('您没有同意，没有绑定任何东西');
    case 'cancelled':
      return msg('这个请求已经取消，没有绑定任何东西');
    case 'expired':
      return msg('这个请求已经过期，没有绑定任何东西');
    case 'done':
      return msg('养老金资格认证已完成');
  }
}

export function isFinished(status: ConsentStatus): boolean {
  return status === 'bound' || status === 'done' || status === 'refused' || status === 'cancelled' || status === 'expired';
}
