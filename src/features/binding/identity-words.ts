// The identity step's own sentences: each document's name, its number's label, hint and problems,
// a passport's problems, the MRZ lines' problems, a phone number from another country.
import { msg, str } from '@lit/localize';
import type { DocumentType } from '../../domain/document-types.js';
import { formatDate, idNumberProblem, phoneProblem } from '../../flow/messages.js';

// ---- identity documents other than the mainland resident ID ----

/** The document's number, refused for `reason`, in words that name that document. */
export function documentNumberProblem(document: DocumentType, reason: string): string {
  switch (document) {
    case 'resident_id':
      return idNumberProblem(reason);
    case 'passport':
      return reason === 'empty' ? msg('请输入护照号码') : msg('护照号码由 5 到 9 个字母或数字组成，请与护照上的一致');
    case 'permanent_resident':
      switch (reason) {
        case 'empty':
          return msg('请输入永久居留身份证号码');
        case 'date':
          return msg('号码中的出生日期不正确，请核对');
        case 'check':
          return msg('永久居留身份证号码不正确，请逐位核对');
        default:
          return msg('永久居留身份证号码应为 9 开头的 18 位数字，或旧版的 3 个字母加 12 位数字');
      }
    case 'work_permit':
      return reason === 'empty' ? msg('请输入工作许可证号码') : msg('工作许可证号码由 9 到 18 个字母或数字组成，请与社保卡或工作许可证上的一致');
    default:
      switch (reason) {
        case 'empty':
          return msg('请输入居住证号码');
        case 'region':
          return permitRegionProblem(document);
        case 'date':
          return msg('号码中的出生日期不正确，请核对');
        case 'check':
          return msg('居住证号码不正确，请逐位核对');
        default:
          return msg('居住证号码应为 18 位，最后一位可能是 X');
      }
  }
}

function permitRegionProblem(document: 'permit_hk' | 'permit_mo' | 'permit_tw'): string {
  switch (document) {
    case 'permit_hk':
      return msg('香港居民的居住证号码以 810000 开头。请核对号码，或选择其他证件类型');
    case 'permit_mo':
      return msg('澳门居民的居住证号码以 820000 开头。请核对号码，或选择其他证件类型');
    case 'permit_tw':
      return msg('台湾居民的居住证号码以 830000 开头。请核对号码，或选择其他证件类型');
  }
}

/** A problem with one of the passport's fields (other than its number). */
export function passportProblem(field: 'nationality' | 'surname' | 'givenNames' | 'birthDate' | 'sex' | 'expiryDate', reason: string, expiryDate = ''): string {
  switch (field) {
    case 'nationality':
      return reason === 'empty' ? msg('请选择国籍') : msg('请从列表中选择护照上的国籍');
    case 'surname':
      return reason === 'empty'
        ? msg('请输入姓，拼写与护照上的一致')
        : msg('姓只能包含英文字母、空格、连字符和撇号，拼写与护照上的一致');
    case 'givenNames':
      return msg('名只能包含英文字母、空格、连字符和撇号，拼写与护照上的一致');
    case 'birthDate':
      if (reason === 'empty') return msg('请输入出生日期');
      return reason === 'future' ? msg('出生日期必须是过去的日期') : msg('出生日期不是真实的日期，请输入年、月、日');
    case 'sex':
      return msg('请选择性别，与护照上的一致');
    case 'expiryDate':
      if (reason === 'empty') return msg('请输入护照的有效期至');
      if (reason === 'expired') return msg(str`这本护照已于 ${formatDate(expiryDate)} 过期，不能用于绑定。请使用有效的护照。`);
      return msg('有效期不是真实的日期，请输入年、月、日');
  }
}

/** The mobile number, refused for `reason`; `countryName` is the picked country. */
export function internationalPhoneProblem(reason: string, country: string, countryName: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入手机号码');
    case 'country':
      return msg('请选择手机号码所属的国家或地区');
    case 'not_mobile':
      return msg('这看起来是固定电话号码，收不到短信。请输入手机号码');
    default:
      return country === 'CN' ? phoneProblem(reason) : msg(str`这不是${countryName}的有效手机号码。请核对号码，或选择其他国家或地区`);
  }
}

/** The MRZ lines could not be read: each check digit names the field it protects. */
export function mrzProblem(reason: string): string {
  switch (reason) {
    case 'empty':
      return msg('请输入或粘贴护照照片页底部的两行字符');
    case 'lines':
      return msg('请输入完整的两行，每行 44 个字符（包括 < 号）');
    case 'characters':
      return msg('这两行只能包含英文字母、数字和 < 号');
    case 'not_passport':
      return msg('这不是护照上的字符：护照的第一行以 P 开头');
    case 'document_number_check':
      return msg('护照号码的校验位不符。请核对第二行开头的护照号码');
    case 'birth_date_check':
      return msg('出生日期的校验位不符。请核对第二行中的出生日期（年月日各两位）');
    case 'expiry_date_check':
      return msg('有效期的校验位不符。请核对第二行中的有效期（年月日各两位）');
    case 'personal_number_check':
      return msg('个人号码的校验位不符。请核对第二行中有效期之后的字符');
    default:
      return msg('整行的校验位不符。请逐个核对第二行的字符');
  }
}

/** Each document under its own name, for the picker and the check-answers list. */
export function documentName(document: DocumentType): string {
  switch (document) {
    case 'resident_id':
      return msg('中国大陆居民身份证');
    case 'passport':
      return msg('护照');
    case 'permanent_resident':
      return msg('外国人永久居留身份证');
    case 'work_permit':
      return msg('外国人工作许可证');
    case 'permit_hk':
      return msg('港澳台居民居住证（香港居民）');
    case 'permit_mo':
      return msg('港澳台居民居住证（澳门居民）');
    case 'permit_tw':
      return msg('港澳台居民居住证（台湾居民）');
  }
}

/** What the document's number is called ("ID number", "Passport number"…). */
export function documentNumberLabel(document: DocumentType): string {
  switch (document) {
    case 'resident_id':
      return msg('身份证号码');
    case 'passport':
      return msg('护照号码');
    case 'permanent_resident':
      return msg('永久居留身份证号码');
    case 'work_permit':
      return msg('工作许可证号码');
    default:
      return msg('居住证号码');
  }
}

/** Where to find the number and what it looks like. */
export function documentNumberHint(document: DocumentType): string {
  switch (document) {
    case 'resident_id':
      return msg('18 位，最后一位可能是 X');
    case 'passport':
      return msg('在护照照片页上，由 5 到 9 个字母或数字组成');
    case 'permanent_resident':
      return msg('9 开头的 18 位数字；旧版证件为 3 个字母加 12 位数字');
    case 'work_permit':
      return msg('印在社保卡或工作许可证上，由 9 到 18 个字母或数字组成');
    case 'permit_hk':
      return msg('18 位，以 810000 开头');
    case 'permit_mo':
      return msg('18 位，以 820000 开头');
    case 'permit_tw':
      return msg('18 位，以 830000 开头');
  }
}
