// The proof of insurance (参保证明) as whoever is given it reads it: a tagged PDF whose text, language,
// structure and fonts a reader finds (pdf.js, the engine of Firefox's viewer), in Chinese and the
// person's language; checked by its code on the public page or the API, and a file with one byte
// changed is told apart from the one issued.
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { deviceMaker, bindCard, expectStatus, startSession, type ApiSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';
import { readPdf, structNodes, type StructNode } from '../../helpers/pdf.node.js';

const device = deviceMaker();

type Proof = { code: string; pdf: string; sha256: string; contents: { holderName: string; languages: string[]; validUntil: string; insurances: { paidMonths: number }[] } };

async function proofOf(api: ApiSession, locale: string): Promise<Proof & { bytes: Buffer }> {
  const proof = (await (await expectStatus(api.post('/api/insurance-proofs', { locale }), 200)).json()) as Proof;
  return { ...proof, bytes: Buffer.from(proof.pdf, 'base64') };
}

const roles = (tree: StructNode) => structNodes(tree).map((node) => node.role);
const sectionOf = (tree: StructNode) => structNodes(tree).find((node) => node.role === 'Sect')!;

test('a tagged PDF in Chinese and Uyghur: the text a reader extracts, the document and section languages, headings, tables with captions and header cells, the QR with alternative text, fonts embedded as subsets', async ({ baseURL }) => {
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  const proof = await proofOf(api, 'ug');
  expect(proof.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  expect(createHash('sha256').update(proof.bytes).digest('hex')).toBe(proof.sha256);
  expect(proof.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  expect(proof.contents.languages).toEqual(['zh-Hans', 'ug']);

  const pdf = await readPdf(proof.bytes);
  expect(pdf.language).toBe('zh-Hans');
  expect(pdf.title).toBe('社会保险参保证明 / ئىجتىمائىي سۇغۇرتىغا قاتناشقانلىق ئىسپاتى');
  // Real text, not a picture of it: the Chinese page reads as written, the person's name, the code and the check page among it.
  expect(pdf.pages).toHaveLength(2);
  const chinese = pdf.pages[0]!;
  for (const words of ['社会保险参保证明', '兹证明下列人员参加社会保险，情况如下。', `姓名 ${person.name}`, '养老保险 正常参保', '医疗保险', '失业保险', `核验码 ${proof.code}`, `${baseURL}/verify/proof`]) {
    expect(chinese).toContain(words);
  }
  expect(chinese).not.toContain(person.idNumber);
  expect(chinese).toContain(`${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}`);
  // The Uyghur page runs right to left; its words as typed are each span's ActualText (a reader
  // that follows the glyphs would turn ligatures such as لا round).
  const uyghur = pdf.actualTexts.join('');
  expect(uyghur).toContain('ئىجتىمائىي سۇغۇرتىغا قاتناشقانلىق ئىسپاتى');
  expect(uyghur).toContain('تۆۋەندىكى كىشىنىڭ ئىجتىمائىي سۇغۇرتىغا قاتنىشىۋاتقانلىقىنى ئىسپاتلايمىز، ئەھۋالى تۆۋەندىكىچە.');
  expect(pdf.pages[1]).toContain(proof.code);

  // The structure a screen reader walks: a section per language with its own language, its
  // heading first, three captioned tables with header cells, the QR as a figure with words.
  const [first, second] = pdf.trees.map(sectionOf);
  expect(first!.lang).toBe('zh-Hans');
  expect(second!.lang).toBe('ug');
  for (const section of [first!, second!]) {
    const found = roles(section);
    expect(found[1]).toBe('H1');
    expect(found.filter((role) => role === 'Table')).toHaveLength(3);
    expect(found.filter((role) => role === 'Caption')).toHaveLength(3);
    expect(found.filter((role) => role === 'TH').length).toBeGreaterThanOrEqual(4 + 5 + 3 + 4);
    expect(found).toContain('TD');
  }
  expect(structNodes(first!).find((node) => node.role === 'Figure')?.alt).toBe('打开核验页面的二维码');
  expect(structNodes(second!).find((node) => node.role === 'Figure')?.alt).toBe('دەلىللەش بېتىنى ئاچىدىغان ئىككى ئۆلچەملىك كود');
  // Both fonts are in the file, as subsets (ABCDEF+Name): it renders the same on any machine.
  expect(pdf.embeddedFonts).toEqual(expect.arrayContaining([expect.stringMatching(/^[A-Z]{6}\+WenQuanYiMicroHei$/), expect.stringMatching(/^[A-Z]{6}\+NotoSansArabic-Regular$/)]));

  // In Chinese it is Chinese alone; in English, Chinese then English.
  expect((await readPdf((await proofOf(api, 'zh-Hans')).bytes)).pages).toHaveLength(1);
  const english = await readPdf((await proofOf(api, 'en')).bytes);
  expect(english.pages[1]).toContain('Proof of social insurance');
  expect(english.pages[1]).toContain('This is a translation of the Chinese above; the Chinese is what counts.');
  expect(english.trees.map(sectionOf).map((section) => section.lang)).toEqual(['zh-Hans', 'en']);
});

test('checking: the code shows what the proof says, on the API and the public page (no script); the file issued is the same, one changed byte is not; an unknown code is not genuine', async ({ baseURL }) => {
  const person = newPerson();
  const api = await bindCard(await device(baseURL), baseURL, person);
  const proof = await proofOf(api, 'zh-Hans');
  const checker = await device(baseURL);

  const check = await (await expectStatus(checker.get(`/api/insurance-proofs/verify?code=${proof.code.toLowerCase().replaceAll('-', ' ')}`), 200)).json();
  expect(check).toEqual({ status: 'genuine', contents: proof.contents, sha256: proof.sha256 });
  expect(await (await expectStatus(checker.get('/api/insurance-proofs/verify?code=AAAA-BBBB-CCCC'), 200)).json()).toEqual({ status: 'unknown', contents: null, sha256: null });

  const page = await (await expectStatus(checker.get(`/verify/proof?code=${proof.code}`), 200)).text();
  expect(page).toContain('<html lang="zh-Hans">');
  expect(page).toContain('<h2 id="result">真实有效：这是社保卡服务开具的参保证明，还在有效期内。</h2>');
  expect(page).toContain(`<dd>${person.name}</dd>`);
  expect(page).toContain('<caption>参保情况</caption>');
  expect(page).not.toContain('<script');

  const upload = (bytes: Buffer, lang = '') =>
    checker.post(`/verify/proof${lang}`, { multipart: { code: proof.code, file: { name: 'proof.pdf', mimeType: 'application/pdf', buffer: bytes } } });
  const same = await (await expectStatus(upload(proof.bytes), 200)).text();
  expect(same).toContain('您上传的文件就是开具的那一份，没有被改过。');
  // One byte changed anywhere (here, a digit of the months paid would do as well as this): not the one issued, and what it says is not shown.
  const changed = Buffer.from(proof.bytes);
  changed[Math.floor(changed.length / 2)] ^= 0x01;
  const refused = await (await expectStatus(upload(changed, '?lang=en'), 200)).text();
  expect(refused).toContain('<h2 id="result">The file you uploaded is not the one issued with this check code: it has been changed. Do not rely on it.</h2>');
  expect(refused).not.toContain(person.name);
  const unknown = await (await expectStatus(checker.get('/verify/proof?lang=en&code=AAAA-BBBB-CCCC'), 200)).text();
  expect(unknown).toContain('Cannot be checked: no proof was issued with this check code.');
});

test('only the person, with account queries on: not a stranger, not an unproved session; the language must be one of the app’s', async ({ baseURL }) => {
  const stranger = await device(baseURL);
  expect((await stranger.post('/api/insurance-proofs', { data: { locale: 'en' } })).status()).toBe(401);
  await expectStatus((await startSession(await device(baseURL), baseURL)).post('/api/insurance-proofs', { locale: 'en' }), 409, { code: 'not_bound' });
  const api = await bindCard(await device(baseURL), baseURL, newPerson());
  await expectStatus(api.post('/api/insurance-proofs', { locale: 'fr' }), 422, { code: 'validation', fields: { locale: 'invalid' } });
  await expectStatus(api.put('/api/binding/services', { services: ['medical_payment'] }), 200);
  await expectStatus(api.post('/api/insurance-proofs', { locale: 'en' }), 409, { code: 'service_off' });
});
