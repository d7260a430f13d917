// The public page that checks a proof of insurance: whoever was given one (an employer, a school,
// a visa office) types its check code, or opens the QR, and is told whether it is genuine and
// what it says; with the PDF file as well, whether that file is byte for byte the one issued.
// Plain HTML and a form, no script, in Chinese or English (?lang=en), as the counter's page. The
// result comes first, under the heading, so it is what is read and seen after each check.
import type { ProofCheck } from '../src/api/contract.js';
import { escapeHtml as escape, plainPage } from './plain-page.js';
import { PROOF_WORDS } from './proof-words.js';


export type FileCheck = 'same' | 'changed' | null;

const WORDS = {
  'zh-Hans': {
    title: '核验参保证明',
    intro: '输入参保证明上的核验码，或扫描证明上的二维码。也可以上传收到的 PDF 文件，核验它有没有被改过。',
    code: '核验码',
    codeHint: '12 个字母和数字，例如 K7QH-2MZP-X9AD',
    file: '参保证明的 PDF 文件（可以不传）',
    check: '核验',
    genuine: '真实有效：这是社保卡服务开具的参保证明，还在有效期内。',
    expired: '已过期：这份参保证明是真的，但已经过了有效期。请参保人重新开具一份。',
    unknown: '无法核验：没有用这个核验码开具的参保证明。请检查核验码；如果没有输错，这份证明不是真的。',
    same: '您上传的文件就是开具的那一份，没有被改过。',
    changed: '您上传的文件不是用这个核验码开具的那一份，它被改过。请不要凭它办理业务。',
    says: '证明上写的内容',
    other: 'English',
    otherHref: '?lang=en',
    otherLang: 'en',
  },
  en: {
    title: 'Check a proof of social insurance',
    intro: 'Enter the check code on the proof, or scan its QR code. You can also upload the PDF file you were given, to check it has not been changed.',
    code: 'Check code',
    codeHint: '12 letters and digits, for example K7QH-2MZP-X9AD',
    file: 'The proof’s PDF file (optional)',
    check: 'Check',
    genuine: 'Genuine: the social security card service issued this proof, and it is still valid.',
    expired: 'Expired: this proof is genuine, but no longer valid. Ask the insured person for a new one.',
    unknown: 'Cannot be checked: no proof was issued with this check code. Check the code; if it is right, the proof is not genuine.',
    same: 'The file you uploaded is exactly the one issued: it has not been changed.',
    changed: 'The file you uploaded is not the one issued with this check code: it has been changed. Do not rely on it.',
    says: 'What the proof says',
    other: '中文',
    otherHref: '?',
    otherLang: 'zh-Hans',
  },
} as const;

function contentsOf(lang: 'zh-Hans' | 'en', check: ProofCheck): string {
  const contents = check.contents;
  if (!contents) return '';
  const said = PROOF_WORDS[lang];
  const yuan = (fen: number) => new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fen / 100);
  const rows = contents.insurances
    .map(
      (insurance) =>
        `<tr><th scope="row">${said.insurance[insurance.insurance]}</th><td>${insurance.paidMonths > 0 ? said.active : said.stopped}</td><td>${said.month(insurance.since)}</td><td>${insurance.paidMonths}</td><td>${yuan(insurance.base)}</td></tr>`,
    )
    .join('');
  return `<h2>${WORDS[lang].says}</h2>
<dl>
<dt>${said.name}</dt><dd>${escape(contents.holderName)}</dd>
<dt>${said.idNumber}</dt><dd dir="ltr">${escape(contents.idNumberMasked)}</dd>
<dt>${said.cardNumber}</dt><dd dir="ltr">${escape(contents.cardNumberMasked)}</dd>
<dt>${said.insuredIn}</dt><dd>${said.city[contents.insuredIn]}</dd>
<dt>${said.issuedOn}</dt><dd>${said.date(contents.issuedOn)}</dd>
<dt>${said.validUntil}</dt><dd>${said.date(contents.validUntil)}</dd>
</dl>
<table>
<caption>${said.insuranceCaption}</caption>
<thead><tr><th scope="col">${said.insuranceColumn}</th><th scope="col">${said.status}</th><th scope="col">${said.since}</th><th scope="col">${said.paidMonths}</th><th scope="col">${said.base}</th></tr></thead>
<tbody>${rows}</tbody>
</table>`;
}

export function proofPage(lang: 'zh-Hans' | 'en', code: string, check: ProofCheck | null, file: FileCheck): string {
  const words = WORDS[lang];
  // A changed file is the answer that matters most: it comes first, whatever the code says.
  const verdict = check ? (file === 'changed' ? words.changed : words[check.status]) : null;
  const fileLine = check && check.status !== 'unknown' && file === 'same' ? `<p>${words.same}</p>` : '';
  const outcome = verdict ? `<h2 id="result">${verdict}</h2>${fileLine}${file === 'changed' ? '' : contentsOf(lang, check!)}` : '';
  return plainPage(
    lang,
    `${verdict ? `${verdict.split(/[：:]/)[0]} – ` : ''}${words.title}`,
    `<h1>${words.title}</h1>
${outcome}
<p><a href="${words.otherHref}" lang="${words.otherLang}">${words.other}</a></p>
<p>${words.intro}</p>
<form method="post" action="/verify/proof${lang === 'en' ? '?lang=en' : ''}" enctype="multipart/form-data">
<p><label for="code">${words.code}</label></p>
<p id="code-hint">${words.codeHint}</p>
<p><input id="code" name="code" value="${escape(code)}" aria-describedby="code-hint" dir="ltr" autocomplete="off" autocapitalize="characters" spellcheck="false" size="16"></p>
<p><label for="file">${words.file}</label></p>
<p><input id="file" name="file" type="file" accept="application/pdf,.pdf"></p>
<p><button type="submit">${words.check}</button></p>
</form>`,
  );
}
