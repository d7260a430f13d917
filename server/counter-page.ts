// The counter's page for "show my card": a hospital or service counter pastes (or its scanner
// types) what the person's QR holds and is told plainly whether it is genuine, with the masked
// details and no photo. Plain HTML, no script, in Chinese or English (?lang=en); a counter that
// checks offline uses GET /api/credential/keys instead. The result comes first, under the heading,
// so it is what is read and seen after each check.
import type { CredentialCheck } from '../src/api/contract.js';
import { CITY_NAMES } from './city-names.js';
import { escapeHtml as escape, plainPage } from './plain-page.js';

const WORDS = {
  'zh-Hans': {
    title: '核验社保卡电子凭证',
    intro: '扫描持卡人手机上的二维码，或把二维码的内容粘贴到下面。',
    label: '二维码内容',
    hint: '以 SSC1. 开头',
    check: '核验',
    valid: '有效：这是社保卡服务签发的凭证，还在有效期内。',
    expired: '已过期：凭证是真的，但已经超过 1 分钟。请持卡人刷新二维码后再扫一次。',
    forged: '无效：这不是社保卡服务签发的凭证，或者内容被改过。请不要凭它办理业务。',
    name: '姓名',
    card: '社会保障卡号',
    issuer: '发卡地',
    issuedOn: '发卡日期',
    validUntil: '有效至',
    other: 'English',
    otherHref: '?lang=en',
    otherLang: 'en',
  },
  en: {
    title: 'Check a social security card QR',
    intro: 'Scan the QR on the cardholder’s phone, or paste what it holds below.',
    label: 'What the QR holds',
    hint: 'It starts with SSC1.',
    check: 'Check',
    valid: 'Valid: the social security card service issued this, and it has not expired.',
    expired: 'Expired: it is genuine, but more than a minute old. Ask the cardholder to refresh the QR and scan it again.',
    forged: 'Not valid: the social security card service did not issue this, or it has been changed. Do not rely on it.',
    name: 'Name',
    card: 'Card number',
    issuer: 'Issued in',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    other: '中文',
    otherHref: '?',
    otherLang: 'zh-Hans',
  },
} as const;

export function counterPage(lang: 'zh-Hans' | 'en', token: string, result: CredentialCheck | null): string {
  const words = WORDS[lang];
  const holder = result?.holder;
  const details = holder
    ? `<dl>
        <dt>${words.name}</dt><dd>${escape(holder.nameMasked)}</dd>
        <dt>${words.card}</dt><dd dir="ltr">${escape(holder.cardNumberMasked)}</dd>
        <dt>${words.issuer}</dt><dd>${CITY_NAMES[lang][holder.issuer]}</dd>
        <dt>${words.issuedOn}</dt><dd dir="ltr">${escape(holder.issuedOn)}</dd>
        ${result?.expiresAt ? `<dt>${words.validUntil}</dt><dd dir="ltr">${escape(result.expiresAt)}</dd>` : ''}
      </dl>`
    : '';
  const outcome = result ? `<h2 id="result">${words[result.status]}</h2>${details}` : '';
  return plainPage(
    lang,
    `${result ? `${words[result.status].split(/[：:]/)[0]} – ` : ''}${words.title}`,
    `<h1>${words.title}</h1>
${outcome}
<p><a href="${words.otherHref}" lang="${words.otherLang}">${words.other}</a></p>
<p>${words.intro}</p>
<form method="get" action="/counter/verify">
${lang === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
<label for="code">${words.label}</label>
<p id="code-hint">${words.hint}</p>
<textarea id="code" name="code" rows="4" cols="24" aria-describedby="code-hint" dir="ltr" autocomplete="off" spellcheck="false">${escape(token)}</textarea>
<p><button type="submit">${words.check}</button></p>
</form>`,
  );
}
