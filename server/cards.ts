// The reference card register. In this reference service any well-formed card number belongs to
// the person who has proved who they are; the sandbox's special numbers make the refusals happen.
import { randomBytes } from 'node:crypto';
import type { IssuerCity } from '../src/domain/card-issuers.js';
import type { Identity, StoredCard } from './session.js';

/** Issuing cities by the region code at the start of the ID number (a few; Beijing otherwise). */
const ISSUERS: [prefix: string, issuer: IssuerCity][] = [
  ['4403', 'shenzhen'],
  ['4401', 'guangzhou'],
  ['6501', 'urumqi'],
  ['11', 'beijing'],
  ['12', 'tianjin'],
  ['31', 'shanghai'],
  ['32', 'nanjing'],
  ['33', 'hangzhou'],
  ['44', 'guangzhou'],
  ['50', 'chongqing'],
  ['51', 'chengdu'],
  ['65', 'urumqi'],
];

export function issuerFor(idNumber: string): IssuerCity {
  return ISSUERS.find(([prefix]) => idNumber.startsWith(prefix))?.[1] ?? 'beijing';
}

/** A stable issue date derived from the card number, so the same card always reads the same. */
function issuedOnFor(cardNumber: string): string {
  const digits = cardNumber.slice(1);
  const year = 2015 + (Number(digits.slice(-1)) % 10);
  const month = 1 + (Number(digits.slice(-3, -1)) % 12);
  const day = 1 + (Number(digits.slice(0, 2)) % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function cardFor(cardNumber: string, identity: Identity): StoredCard {
  return { number: cardNumber, holderName: identity.name, issuer: issuerFor(identity.idNumber), issuedOn: issuedOnFor(cardNumber) };
}

/** The bank account linked to the card's financial function (only ever shown masked). */
export function bankAccountFor(cardNumber: string): string {
  return `6212 2602 ${cardNumber.slice(1, 5)} ${cardNumber.slice(5)}`.replaceAll(' ', '');
}

/** A reference people can quote when they call 12333 about a frozen card. */
export function reviewReference(): string {
  return `RV${randomBytes(5).toString('hex').toUpperCase()}`;
}
