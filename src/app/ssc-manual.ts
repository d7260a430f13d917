import { html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { LightElement } from '../ui/light-element.js';
import { setFocus } from '../ui/focus.js';
import { appName } from '../flow/step-element.js';
import { AUTONYMS, directionOf, getLocale, LOCALES } from '../modes/locale.js';
import { cue } from '../modes/cues.js';
import { closeManual } from './router.js';

/**
 * The accessible manual: every step, every exception, every mode, the vibration legend and the
 * keyboard, with a proper heading outline, in the UI language. Printable, and downloadable as
 * plain text for braille transcription. "Help with this step" opens it at that step's section.
 */
@customElement('ssc-manual')
@localized()
export class SscManual extends LightElement {
  protected override firstUpdated(): void {
    const section = decodeURIComponent(location.hash.slice(1));
    const target = (section && document.getElementById(section)) || this.querySelector('h1');
    setFocus(target as HTMLElement | null);
    target?.scrollIntoView({ block: 'start' });
    cue('step', (target?.textContent ?? '').trim());
  }

  protected override updated(): void {
    document.title = `${msg('使用手册')} – ${appName()}`;
  }

  /** The manual as plain text: headings on their own lines, underlined, lists with dashes. */
  private plainText(): string {
    const lines: string[] = [];
    for (const el of this.querySelectorAll('article h1, article h2, article h3, article p, article li, article tr')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (el.tagName === 'TR') lines.push([...el.children].map((cell) => (cell.textContent ?? '').trim()).join(' | '));
      else if (el.tagName === 'LI') lines.push(`- ${text}`);
      else if (el.tagName === 'H1') lines.push('', text, '='.repeat(Math.max(8, text.length)));
      else if (el.tagName === 'H2') lines.push('', text, '-'.repeat(Math.max(8, text.length)));
      else if (el.tagName === 'H3') lines.push('', text);
      else lines.push(text);
    }
    return lines.join('\n').trim() + '\n';
  }

  private download(): void {
    const url = URL.createObjectURL(new Blob([this.plainText()], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `manual-${getLocale()}.txt`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected override render() {
    return html`
      <p class="ssc-back"><a href="/" @click=${(event: Event) => (event.preventDefault(), closeManual())}>${msg('返回办理')}</a></p>
      <article class="ssc-manual">
        <h1 class="ssc-heading-l">${msg('使用手册')}</h1>
        <p>${msg('这份手册说明绑定社保卡的每一步、遇到问题怎么办，以及各种辅助模式怎么用。')}</p>
        <div class="ssc-button-group ssc-no-print">
          <button type="button" class="ssc-button ssc-button--secondary" @click=${() => window.print()}>${msg('打印手册')}</button>
          <button type="button" class="ssc-button ssc-button--secondary" @click=${() => this.download()}>
            ${msg('下载纯文本版本（适合盲文转写）')}
          </button>
        </div>

        <h2 class="ssc-heading-m" id="manual-before" tabindex="-1">${msg('开始之前')}</h2>
        <p>${msg('请准备好社保卡、本人正在使用的手机，以及社保卡银行账户的 6 位支付密码。整个过程大约需要 5 分钟，您可以随时停下，已确认的步骤会保留。')}</p>

        <h2 class="ssc-heading-m" id="steps" tabindex="-1">${msg('绑定的六个步骤')}</h2>
        <h3 class="ssc-heading-s" id="step-entry" tabindex="-1">${msg('第 1 步：开始')}</h3>
        <p>${msg('选择为自己还是为家人绑定，然后选择“开始绑定”。')}</p>
        <h3 class="ssc-heading-s" id="step-identity" tabindex="-1">${msg('第 2 步：核实身份')}</h3>
        <p>${msg('填写姓名、身份证号码和手机号码，与身份证上的一致。然后用摄像头刷脸核验；没有摄像头或核验不通过时，可以改用短信验证码。验证码是 6 位数字，5 分钟内有效，可以直接粘贴短信。')}</p>
        <h3 class="ssc-heading-s" id="step-card" tabindex="-1">${msg('第 3 步：添加社保卡')}</h3>
        <p>${msg('输入卡正面的 9 位卡号，或者扫描卡背面的二维码，也可以上传卡背面的照片。找到后核对持卡人和卡号。')}</p>
        <h3 class="ssc-heading-s" id="step-bank" tabindex="-1">${msg('第 4 步：验证银行账户')}</h3>
        <p>${msg('输入社保卡银行账户的 6 位支付密码。密码在您的手机上加密后发送，我们看不到也不会保存。密码管理器和粘贴都可以使用。')}</p>
        <h3 class="ssc-heading-s" id="step-agreement" tabindex="-1">${msg('第 5 步：签署服务协议')}</h3>
        <p>${msg('核对您填写的信息，需要修改时选择“更改”。阅读服务协议，勾选同意后签署；签署前会再请您确认一次。')}</p>
        <h3 class="ssc-heading-s" id="step-services" tabindex="-1">${msg('第 6 步：选择服务')}</h3>
        <p>${msg('选择要开通的服务，然后确认绑定。完成后会显示参考编号，请记下它。以后可以在“我的社保卡”里解除绑定。')}</p>

        <h2 class="ssc-heading-m" id="documents" tabindex="-1">${msg('用护照或其他证件绑定')}</h2>
        <p>${msg('在第 2 步先选择证件：中国大陆居民身份证、护照、外国人永久居留身份证，或港澳台居民居住证。每种证件按它自己的规则核对。')}</p>
        <p>${msg('用护照时，可以逐项填写照片页上的内容，也可以输入或粘贴照片页底部的两行字符，一次填好所有项目；如果某个校验位不符，页面会告诉您要核对哪一项。过期的护照不能用于绑定。')}</p>
        <p>${msg('手机号码可以是任何国家或地区的号码：先选择国家或地区，再输入号码。绑定后，在“我的社保卡”里可以查看和调整跨境支付的单笔限额和每日限额。')}</p>

        <h2 class="ssc-heading-m" id="family" tabindex="-1">${msg('帮家人绑定')}</h2>
        <p>${msg('家人可以在自己的手机上帮您填写，但只有您本人能同意。家人填好后，您的手机会收到一条短信，里面有链接和 8 位确认码；打开链接，看清楚是谁在请求、要绑定什么，再选择同意或不同意。')}</p>
        <p>${msg('同意后，刷脸或短信验证码、银行卡支付密码和签署协议都在您自己的手机上完成，家人看不到。家人负责添加社保卡和完成绑定。两边的页面会自动显示进行到哪一步、在等谁。')}</p>
        <p>${msg('每个请求只能用一次，24 小时内有效，双方都可以随时取消。绑定后，您可以在“我的社保卡”里取消家人的帮办权限。如果您不认识请求的人，请不要同意，并拨打 12333。')}</p>

        <h2 class="ssc-heading-m" id="my-card" tabindex="-1">${msg('绑定以后')}</h2>
        <p>${msg('“我的社保卡”里可以打开医保码、查看账户，也可以随时开通或关闭各项服务。以后再来时，先刷脸或输入短信验证码，就会回到“我的社保卡”。')}</p>
        <p>${msg('医保码：把二维码给医院或药店的收费员扫描，或者把下面的 18 位数字读给收费员。每个医保码只能用 1 分钟、用一次，到时会自动换新的；获取新的医保码需要网络。选择“放大给收费员看”可以把医保码放大。付款后会显示收据：医保个人账户付了多少，您自己付了多少。')}</p>
        <p>${msg('我的账户：显示养老保险和医保个人账户的余额，以及医保个人账户最近 12 个月的明细，可以按月份查看。')}</p>
        <p>${msg('亮出社保卡：在“我的社保卡”选择“亮出社保卡”，把二维码给医院或窗口的工作人员扫描，他们会看到二维码是不是真的，以及隐藏了一部分的姓名和卡号。二维码每分钟自动更新；没有网络时，已经显示的二维码在这一分钟内仍然可以用。想让工作人员看完整的姓名和卡号，选“显示完整的姓名和卡号”，离开页面后又会隐藏。')}</p>
        <p>${msg('缴费记录：在“我的账户”选择“查看每个月的缴费记录”。选一年，看每个月养老、医疗、失业保险单位和个人各缴了多少，没有缴费的月份会写明。表格较宽时可以左右滑动；也可以下载这一年的 CSV 文件，用表格软件打开。')}</p>
        <p>${msg('参保证明：在“我的账户”选择“开具参保证明（PDF 文件）”，再选“开具参保证明”。证明用中文写；您用的语言不是中文时，后面附上同样内容的译文。下载的 PDF 文件可以打印或发给单位、学校；收到的人扫描证明上的二维码，或在核验网页输入核验码，就能看到证明写的内容，确认它是真的。证明 90 天内有效，需要新的可以再开具一份。')}</p>
        <p>${msg('养老金测算：在“我的账户”选择“测算退休后每月能领多少养老金”。按您的出生年月和缴费记录，算出按 2025 年起的规定哪年哪月退休、每月大约能领多少，并写明怎么算的。出生年月、缴费年限、缴费指数、账户余额和当地平均工资都可以改，改完选“重新测算”。结果只是估算，以退休时社保经办机构核定的为准。')}</p>
        <p>${msg('社保卡丢了：在“我的社保卡”里选择“挂失社保卡”，马上生效。医保码和社保卡支付会停止，这张卡也不能再绑定；账户查询、消息和网上办事仍然可以使用。临时挂失 7 天后自动解除，找到卡后也可以在同一页提前解除。')}</p>
        <p>${msg('还没有绑卡，或者换了手机：在首页最下面选择“挂失社保卡”，用人脸核验或短信验证码核实身份后，就可以马上挂失，不用先绑卡。')}</p>
        <p>${msg('有不是您做的事：在“我的社保卡”选择“查看账户活动”，可以看到绑定以来发生的事和做事的人。有不是您做的，选择“这不是我做的”：社保卡支付马上暂停，家人的权限取消，所有设备退出，并开始人工审核，12333 会联系您。在“我的社保卡”里也可以选择“在所有设备上退出”，卡仍然绑定。')}</p>
        <p>${msg('补办新卡：挂失后，在同一页选择“邮寄补办新卡”，选好省、城市和区县，再填详细地址。一年内第一次补卡免费。新卡大约 5 天送到，每一步都会在这一页显示，寄出时会发短信告诉您快递单号。新卡送到后自动绑定在这里，不用重新绑卡；旧卡作废。')}</p>
        <p>${msg('网上办事：异地就医备案、社保关系转移和养老金资格认证都可以在手机上办。每页只问一个问题，提交前可以核对和更改，提交后会得到申请编号，状态会从“已提交”变为“审核中”，再变为“已通过”或“需要补充材料”。')}</p>
        <p>${msg('帮家人做养老金资格认证：填写老人的姓名、身份证号码和手机号码，老人的手机会收到一条短信。老人在自己的手机上确认是您请求的，然后自己刷脸。请求 24 小时内有效，老人可以不同意，您也可以取消。')}</p>

        <h2 class="ssc-heading-m" id="offline" tabindex="-1">${msg('没有网络时')}</h2>
        <p>${msg('打开过一次以后，没有网络也能打开这个应用和这份手册。您填写的内容会保存在这台手机上（从不保存密码、验证码和照片），24 小时后自动删除；在“设置”里选择“清除我的数据”可以马上删除。需要网络的步骤会等网络恢复后自动继续。有新版本时，页面会提示您更新，更新后回到同一步，填写的内容都会保留。')}</p>

        <h2 class="ssc-heading-m" id="problems" tabindex="-1">${msg('遇到问题怎么办')}</h2>
        <h3 class="ssc-heading-s" id="problem-face" tabindex="-1">${msg('刷脸不通过或没有摄像头')}</h3>
        <p>${msg('选择“改用短信验证码”，输入发到您手机上的 6 位验证码。60 秒后可以重新发送，1 小时内最多 5 次。')}</p>
        <h3 class="ssc-heading-s" id="problem-locked" tabindex="-1">${msg('多次输错被锁定')}</h3>
        <p>${msg('验证码或支付密码连续输错 5 次，会锁定 15 分钟。页面会告诉您什么时候可以再试。')}</p>
        <h3 class="ssc-heading-s" id="problem-password" tabindex="-1">${msg('忘记支付密码')}</h3>
        <p>${msg('支付密码由银行管理。请通过银行 App、网点或客服电话重置，然后回来继续，已完成的步骤会保留。')}</p>
        <h3 class="ssc-heading-s" id="problem-busy" tabindex="-1">${msg('服务繁忙')}</h3>
        <p>${msg('页面会自动重试，并提供“改用备用通道继续”。您填写的内容都会保留，不需要重新填写。')}</p>
        <h3 class="ssc-heading-s" id="problem-frozen" tabindex="-1">${msg('绑定被暂停')}</h3>
        <p>${msg('如果卡已挂失或已在别处绑定，为了保护您的资金，绑定会暂停并转人工审核。请带上身份证和社保卡到社保经办机构，或拨打 12333，并提供审核编号。')}</p>

        <h3 class="ssc-heading-s" id="having-trouble" tabindex="-1">${msg('刷脸、短信都不行：预约网点或请 12333 回电')}</h3>
        <p>${msg('刷脸、收验证码的页面和暂停绑定的页面下面，都有“遇到困难？”。选择“预约到社保服务网点办理”：选城市、网点（写明地址、开放时间、有没有台阶）、哪一天和几点，确认后会得到预约编号和要带的证件，并收到短信；前一天，“消息”里会提醒您。重新预约一次，之前的预约就自动取消。')}</p>
        <p>${msg('选择“请 12333 给您回电话”：填好接电话的号码，选一个时间段（北京时间），确认后会得到回电编号。来电号码显示为 12333，客服会先说出这个编号；客服不会问您的银行密码或验证码，也不会让您转账。')}</p>

        <h2 class="ssc-heading-m" id="modes" tabindex="-1">${msg('辅助模式')}</h2>
        <p>${msg('在页面顶部的“设置”里可以随时打开或关闭，已填写的内容不会丢失。')}</p>
        <h3 class="ssc-heading-s" id="mode-care" tabindex="-1">${msg('关怀模式')}</h3>
        <p>${msg('文字放大一倍，按钮更大，每页只问一个问题，并自动朗读每一步。')}</p>
        <h3 class="ssc-heading-s" id="mode-screen-reader" tabindex="-1">${msg('读屏模式')}</h3>
        <p>${msg('配合读屏软件使用。每一步打开时会读出第几步；出错、等待和结果都会播报；输入密码和验证码时只读出已输入几位，不读出数字。')}</p>
        <h3 class="ssc-heading-s" id="mode-voice" tabindex="-1">${msg('语音播报')}</h3>
        <p>${msg('朗读每一步的标题、说明和出错信息。可以选择“再听一遍”或“停止朗读”，并在设置里调整朗读速度。')}</p>
        <h3 class="ssc-heading-s" id="mode-vibration" tabindex="-1">${msg('振动提示')}</h3>
        <table class="ssc-table">
          <caption>${msg('振动提示的含义')}</caption>
          <thead>
            <tr>
              <th scope="col">${msg('振动')}</th>
              <th scope="col">${msg('含义')}</th>
            </tr>
          </thead>
          <tbody>
            <tr><td>${msg('一次短振')}</td><td>${msg('进入新的一步')}</td></tr>
            <tr><td>${msg('长、短、长')}</td><td>${msg('出错了，请看提示')}</td></tr>
            <tr><td>${msg('一下很轻的振动')}</td><td>${msg('正在处理，请稍候')}</td></tr>
            <tr><td>${msg('两次短振')}</td><td>${msg('完成了')}</td></tr>
          </tbody>
        </table>
        <h3 class="ssc-heading-s" id="languages" tabindex="-1">${msg('语言')}</h3>
        <p>${msg('在“设置”里可以选择以下语言，切换语言不会丢失已填写的内容：')}</p>
        <ul>
          ${LOCALES.map((locale) => html`<li lang=${locale} dir=${directionOf(locale)}>${AUTONYMS[locale]}</li>`)}
        </ul>

        <h2 class="ssc-heading-m" id="keyboard" tabindex="-1">${msg('用键盘操作')}</h2>
        <ul>
          <li>${msg('Tab 键：到下一个按钮或输入框；Shift + Tab：回到上一个。')}</li>
          <li>${msg('回车键：按下按钮、打开链接或提交这一页。')}</li>
          <li>${msg('空格键：勾选或取消勾选。方向键：在一组选项中选择。')}</li>
          <li>${msg('Esc 键：关闭弹出的对话框。')}</li>
        </ul>
        <p>${msg('需要帮助？请拨打社保服务热线')} <a href="tel:12333">12333</a></p>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ssc-manual': SscManual;
  }
}
