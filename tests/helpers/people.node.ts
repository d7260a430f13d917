// Made-up people for tests that run in parallel: each gets a unique, valid ID number and phone, so
// no two tests share limits, lockouts or bindings.
import { randomInt } from 'node:crypto';
import { idCheckCharacter } from '../../src/domain/identity.js';

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

export function newPerson(): Person {
  return { name: pick(NAMES), idNumber: newIdNumber(), phone: newPhone() };
}

/** A well-formed card number no other test uses (B then 8 digits; the specials all start with A). */
export function newCardNumber(): string {
  return `B${digits(8)}`;
}
