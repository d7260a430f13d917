// Made-up people for tests that run in parallel: each gets a unique, valid ID number and phone, so
// no two tests share limits, lockouts or bindings.
import { randomInt } from 'node:crypto';
import { idCheckCharacter } from '../../src/domain/identity.js';
import { validatePhone } from '../../src/domain/phone.js';
import type { MrzPassport } from './mrz.shared.js';

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
}

const REGIONS = ['110105', '310104', '440305', '650102', '510107', '330106'];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '阿依古丽·买买提', '黄志强', '赵敏'];

const pick = <T>(items: readonly T[]): T => items[randomInt(items.length)]!;
const digits = (count: number) => Array.from({ length: count }, () => randomInt(10)).join('');
const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A valid GB 11643 ID number with a random region, birth date (1940–2005) and sequence. */
export function newIdNumber(): string {
  const birth = new Date(Date.UTC(1940, 0, 1) + randomInt(0, 65 * 365) * 86_400_000);
  const first17 = `${pick(REGIONS)}${birth.getUTCFullYear()}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCDate(), 2)}${digits(3)}`;
  return first17 + idCheckCharacter(first17);
}

/** 139 and eight random digits: never one of the sandbox's special 138000000xx numbers. */
export function newPhone(): string {
  return `139${digits(8)}`;
}

/**
 * A sandbox number of the face-mismatch (13801…) or bank-mismatch (13802…) family, unique like
 * newPhone: tests sharing 13800000001 would read each other's texts and share its limits.
 */
export function newSandboxPhone(kind: 'faceMismatch' | 'bankMismatch'): string {
  return `${kind === 'faceMismatch' ? '13801' : '13802'}${digits(6)}`;
}

export function newPerson(): Person {
  return { name: pick(NAMES), idNumber: newIdNumber(), phone: newPhone() };
}

/** A well-formed card number no other test uses (B then 8 digits; the specials all start with A). */
export function newCardNumber(): string {
  return `B${digits(8)}`;
}

/** Someone who binds with a passport: a unique, unexpired passport and a UK mobile number. */
export interface Foreigner {
  passport: MrzPassport;
  /** As typed: national format for the picked country. */
  phone: string;
  phoneCountry: string;
  /** The same number in E.164, as the service stores it. */
  phoneE164: string;
}

const FOREIGN_NAMES: [surname: string, givenNames: string, sex: MrzPassport['sex']][] = [
  ['SMITH', 'JANE ANN', 'female'],
  ['MUELLER', 'LUKAS', 'male'],
  ["O'NEILL", 'SIOBHAN', 'female'],
  ['GARCIA LOPEZ', 'MARIA JOSE', 'female'],
  ['NGUYEN', 'VAN AN', 'male'],
  ['KOWALSKI', '', 'unspecified'],
];
const NATIONALITIES = ['GBR', 'FRA', 'USA', 'CAN', 'AUS', 'KOR', 'JPN', 'RUS', 'D'];
const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';

export function newForeigner(): Foreigner {
  const [surname, givenNames, sex] = pick(FOREIGN_NAMES);
  const birth = new Date(Date.UTC(1950, 0, 1) + randomInt(0, 50 * 365) * 86_400_000).toISOString().slice(0, 10);
  const expiry = new Date(Date.UTC(2028, 0, 1) + randomInt(0, 6 * 365) * 86_400_000).toISOString().slice(0, 10);
  const number = Array.from({ length: 9 }, () => ALNUM[randomInt(ALNUM.length)]).join('');
  let phone = '';
  let checked: ReturnType<typeof validatePhone> = { ok: false, reason: 'empty' };
  while (!checked.ok) {
    phone = `074${digits(8)}`;
    checked = validatePhone(phone, 'GB');
  }
  return {
    passport: { nationality: pick(NATIONALITIES), number, surname, givenNames, birthDate: birth, sex, expiryDate: expiry },
    phone,
    phoneCountry: 'GB',
    phoneE164: checked.value.e164,
  };
}

/** The identity request body the app sends for this person's passport. */
export function passportIdentityBody(person: Foreigner) {
  const { passport } = person;
  const parts = (iso: string) => `${iso.slice(0, 4)}-${Number(iso.slice(5, 7))}-${Number(iso.slice(8, 10))}`;
  return {
    document: 'passport',
    idNumber: passport.number,
    phone: person.phone,
    phoneCountry: person.phoneCountry,
    passport: {
      nationality: passport.nationality,
      surname: passport.surname,
      givenNames: passport.givenNames,
      birthDate: parts(passport.birthDate),
      sex: passport.sex,
      expiryDate: parts(passport.expiryDate),
    },
  };
}
