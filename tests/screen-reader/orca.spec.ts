// A real screen reader walks the binding: Orca 43 in a headful Chromium, every key pressed as a
// person presses it (xdotool), and the test hears what Orca sent to speech and whether each
// utterance was heard in full or cut off. One Orca stack for both walks (it takes seconds to
// start); Orca is restarted in the other language, as it takes its words from the locale.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { isSignInCode } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';
import { ENGLISH, MANDARIN, OrcaStack, type OrcaLanguage, type Utterance } from './orca.node.js';

/** Orca's own words in its locale, and the app's words in the page's language. */
interface Walk {
  name: string;
  query: string;
  orca: OrcaLanguage;
  heading: (text: string, level: number) => string;
  notSelected: string;
  /** Said when Space chooses a radio button. */
  chosen: string;
  required: string;
  invalid: string;
  button: string;
  /** A masked number as the app says it: which digits are left, never the masked form. */
  ending: (last4: string) => string;
  app: Record<
    | 'entryHeading' | 'needHeading' | 'whose' | 'own' | 'family' | 'familyHint' | 'start'
    | 'identityStep' | 'document' | 'idCard' | 'name' | 'idNumber' | 'idHint' | 'phone' | 'phoneHint'
    | 'problem' | 'idError' | 'errorPrefix' | 'faceStep' | 'noCamera' | 'sms'
    | 'codeStep' | 'code' | 'codeHint' | 'cardStep' | 'country',
    string
  >;
}

const WALKS: Walk[] = [
  {
    name: 'English',
    query: '?lang=en&mode=screen-reader',
    orca: ENGLISH,
    heading: (text, level) => `${text} heading level ${level}`,
    notSelected: 'not selected radio button',
    chosen: 'selected',
    required: 'required',
    invalid: 'invalid entry',
    button: 'push button',
    ending: (last4) => `number ending ${last4}`,
    app: {
      entryHeading: 'Bind your social security card',
      needHeading: 'What you need',
      whose: 'Whose card are you binding?',
      own: 'My own card',
      family: "A family member's card",
      familyHint: 'They confirm on their own phone',
      start: 'Start',
      identityStep: 'Step 2 of 6, Confirm who you are. Enter the details of the cardholder, exactly as on their identity document.',
      country: 'Country or region of your mobile number',
      document: 'Which document will you use?',
      idCard: 'Mainland China resident ID card',
      name: 'Full name',
      idNumber: 'ID number',
      idHint: '18 characters; the last may be X',
      phone: 'Mobile number',
      phoneHint: 'For security codes; best the number your bank has',
      problem: 'There is a problem',
      idError: 'This ID number is not right; check each digit',
      errorPrefix: 'Error:',
      faceStep: 'Step 2 of 6, Face check',
      noCamera: 'This device has no camera we can use. You can use a text message code instead.',
      sms: 'Use a text message code instead',
      codeStep: 'Step 2 of 6, Enter the code we sent you',
      code: 'Enter the code we sent you',
      codeHint: '6 digits; you can paste the whole message',
      cardStep: 'Step 3 of 6, Add your card',
    },
  },
  {
    name: 'Chinese (Simplified)',
    query: '?lang=zh-Hans&mode=screen-reader',
    orca: MANDARIN,
    heading: (text, level) => `${text} 标题 水平 ${level}`,
    notSelected: '未选中 单选钮',
    chosen: '已选中',
    required: '必需',
    invalid: '无效条目',
    button: '按钮',
    ending: (last4) => `尾号 ${last4}`,
    app: {
      entryHeading: '绑定社保卡',
      needHeading: '请准备好',
      whose: '您要为谁绑定社保卡？',
      own: '我自己的社保卡',
      family: '家人的社保卡',
      familyHint: '家人需要在自己的手机上确认',
      start: '开始绑定',
      identityStep: '第 2 步，共 6 步，核实身份。请填写社保卡持卡人本人的信息，与证件上的一致。',
      country: '手机号码所属国家或地区',
      document: '您用哪种证件？',
      idCard: '中国大陆居民身份证',
      name: '姓名',
      idNumber: '身份证号码',
      idHint: '18 位，最后一位可能是 X',
      phone: '手机号码',
      phoneHint: '用于接收验证码，最好是在银行预留的号码',
      problem: '出现了问题',
      idError: '身份证号码不正确，请逐位核对',
      errorPrefix: '错误：',
      faceStep: '第 2 步，共 6 步，刷脸核验',
      noCamera: '这台设备没有可用的摄像头。您可以改用短信验证码。',
      sms: '改用短信验证码',
      codeStep: '第 2 步，共 6 步，输入短信验证码',
      code: '输入短信验证码',
      codeHint: '6 位数字，可以直接粘贴短信',
      cardStep: '第 3 步，共 6 步，添加社保卡',
    },
  },
];

/**
 * Text as compared: Orca joins the pieces of a Chinese label with spaces where the app lets a line
 * break between phrases (我 自己 的 社保卡), so spaces are left out on both sides.
 */
const squash = (text: string) => text.replace(/\s+/g, '');

/** How many utterances hold `text`, and how many of those were heard in full. */
function heard(said: Utterance[], text: string): { times: number; inFull: number } {
  const holding = said.filter((u) => squash(u.text).includes(squash(text)));
  return { times: holding.length, inFull: holding.filter((u) => u.fate === 'ended').length };
}

/** `text` was said once after a key press, in full. */
function expectSaidOnce(said: Utterance[], text: string): void {
  expect(heard(said, text), `"${text}" once and in full, in: ${JSON.stringify(said.map((u) => `[${u.fate}] ${u.text}`))}`).toEqual({ times: 1, inFull: 1 });
}

/** Nothing said twice after one key press (a label, a hint or an announcement read again). */
function expectNothingTwice(said: Utterance[]): void {
  const texts = said.map((u) => squash(u.text)).filter((text) => text.length > 4);
  expect(texts.filter((text, i) => texts.indexOf(text) !== i), JSON.stringify(said.map((u) => u.text))).toEqual([]);
}

async function sandboxCode(page: Page, baseURL: string, phone: string): Promise<string> {
  let code = '';
  await expect
    .poll(async () => {
      const response = await page.request.get(`${baseURL}/api/sandbox/sms?phone=${phone}`);
      const { messages } = (await response.json()) as { messages: { code: string }[] };
      code = messages.find(isSignInCode)?.code ?? '';
      return code;
    })
    .not.toBe('');
  return code;
}

let stack: OrcaStack;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  stack = await OrcaStack.start();
});
// A failed walk keeps everything Orca said in the run's output: CI keeps the log of a failed run.
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus || !stack) return;
  const said = stack.utterances().map((u) => `${u.n} [${u.fate}] ${u.text}`).join('\n');
  console.log(`Orca said, in "${testInfo.title}":\n${said}`);
  await testInfo.attach('orca-utterances.txt', { body: said, contentType: 'text/plain' });
});
test.afterAll(async () => {
  await stack?.stop();
});

for (const walk of WALKS) {
  test(`Orca reads the binding by real keys in screen-reader mode, in ${walk.name}: headings, questions, hints and required once each, errors, every step's announcement in full, no digit of a code`, async ({ baseURL }) => {
    test.setTimeout(420_000);
    const { app } = walk;
    const person = newPerson();
    const wrongId = person.idNumber.slice(0, 17) + (person.idNumber.endsWith('1') ? '2' : '1');
    await stack.startOrca(walk.orca);
    const page = await stack.openChromium(`${baseURL}/${walk.query}`, walk.orca.locale);
    await stack.settle(0);
    /** Presses a key and checks nothing it brought was said twice. */
    const press = async (key: string, options?: { speaks: boolean }) => {
      const said = await stack.press(key, options);
      expectNothingTwice(said);
      return said;
    };
    /** Tabs until `name` is said (at most ten presses): the way to a control a person listens for. */
    const tabUntil = async (name: string) => {
      const heardOnTheWay: string[][] = [];
      for (let i = 0; i < 10; i += 1) {
        const said = await press('Tab');
        if (heard(said, name).times > 0) return said;
        heardOnTheWay.push(said.map((u) => `[${u.fate}] ${u.text}`));
      }
      throw new Error(`Tab never reached "${name}"; each Tab said: ${JSON.stringify(heardOnTheWay)}`);
    };

    // The first screen: headings by H (what to have ready comes after Start), back to the first
    // by Shift+H, then the question right after it and its two answers, each once.
    expectSaidOnce(await press('h'), walk.heading(app.entryHeading, 1));
    expectSaidOnce(await press('h'), walk.heading(app.needHeading, 2));
    expectSaidOnce(await press('shift+h'), walk.heading(app.entryHeading, 1));
    let said = await press('Tab');
    expectSaidOnce(said, app.whose);
    expectSaidOnce(said, app.own);
    expectSaidOnce(said, walk.notSelected);
    said = await press('Down');
    expectSaidOnce(said, app.family);
    expectSaidOnce(said, app.familyHint);
    expectSaidOnce(await press('Up'), app.own);
    expectSaidOnce(await press('space'), walk.chosen);
    said = await press('Tab');
    expectSaidOnce(said, `${app.start} ${walk.button}`);

    // The identity step: the step's position, heading and instruction, heard in full. (Orca also
    // reads the focused heading, or not, when it arrives: that is Orca's choice, not asserted.)
    said = await press('Return');
    expectSaidOnce(said, app.identityStep);
    // The phone's country box is filled as the page arrives: that is never announced (Orca took
    // a selection change in it for the person's and read the box unasked).
    expect(heard(said, app.country).times, `the country box said unasked, in: ${JSON.stringify(said.map((u) => u.text))}`).toBe(0);
    said = await tabUntil(app.document);
    expectSaidOnce(said, app.document);
    expectSaidOnce(said, app.idCard);
    said = await tabUntil(app.name);
    expectSaidOnce(said, walk.required);
    await stack.type(person.name);
    said = await tabUntil(app.idHint);
    expectSaidOnce(said, app.idNumber);
    expectSaidOnce(said, walk.required);
    expectSaidOnce(said, app.idHint);
    await stack.type(wrongId);
    said = await tabUntil(app.phoneHint);
    expectSaidOnce(said, app.phone);
    expectSaidOnce(said, walk.required);
    expectSaidOnce(said, app.phoneHint);
    await stack.type(person.phone);

    // A wrong ID number: the error summary's title and its error, once; then the field itself.
    said = await press('Return');
    expectSaidOnce(said, app.problem);
    expectSaidOnce(said, app.idError);
    said = await tabUntil(app.idError);
    said = await press('Return');
    expectSaidOnce(said, walk.invalid);
    expectSaidOnce(said, `${app.errorPrefix}${app.idError}`);
    expectSaidOnce(said, walk.required);
    await press('ctrl+a', { speaks: false });
    await stack.type(person.idNumber);

    // The face check: its announcement and the camera's absence both heard in full, neither
    // cutting the other off.
    said = await press('Return');
    expectSaidOnce(said, app.faceStep);
    expectSaidOnce(said, app.noCamera);

    // The text-message path: the code page, its field, and the code typed: never a digit said.
    await tabUntil(app.sms);
    said = await press('Return');
    expectSaidOnce(said, app.codeStep);
    expect(said.map((u) => squash(u.text)).join(' '), 'the full mobile number is never said').not.toContain(person.phone);
    expectSaidOnce(said, walk.ending(person.phone.slice(-4)));
    expect(said.map((u) => u.text).join(' '), 'a masked number is said as hidden, not as its digits').not.toContain('*');
    // The code field is a password field in screen-reader mode (Orca says "star", never a digit);
    // Orca 43 never says "required" for a password field (its format for the role has no such
    // part), so only its label and hint are listened for here.
    said = await tabUntil(app.codeHint);
    expectSaidOnce(said, app.code);
    const code = await sandboxCode(page, baseURL!, person.phone);
    const typing = await stack.type(code);
    for (const utterance of typing) expect(utterance.text, 'only how many digits, never which').not.toMatch(new RegExp(`[${code}]{2}|^\\s*\\d\\s*$`));

    // The card step.
    said = await press('Return');
    expectSaidOnce(said, app.cardStep);
  });
}
