// Builds the two machine-readable lines of a passport's photo page (ICAO 9303 TD3) with correct
// check digits, so tests can make valid, unexpired passports for people who do not exist.
// Shared by the component tests (browser) and the Playwright tests (Node).

const VALUES = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** ICAO 9303 check digit: weights 7, 3, 1; '<' counts as 0. */
export function checkDigit(field: string): string {
  let sum = 0;
  for (let i = 0; i < field.length; i += 1) {
    const ch = field[i]!;
    sum += (ch === '<' ? 0 : VALUES.indexOf(ch)) * [7, 3, 1][i % 3]!;
  }
  return String(sum % 10);
}

export interface MrzPassport {
  /** Alpha-3, e.g. GBR; also the issuing state. */
  nationality: string;
  number: string;
  surname: string;
  givenNames: string;
  /** YYYY-MM-DD */
  birthDate: string;
  sex: 'female' | 'male' | 'unspecified';
  /** YYYY-MM-DD */
  expiryDate: string;
}

/** The made-up British passport of the README's sandbox example (valid until 2031). */
export const JANE_SMITH: MrzPassport = {
  nationality: 'GBR',
  number: '123456789',
  surname: 'SMITH',
  givenNames: 'JANE ANN',
  birthDate: '1985-03-27',
  sex: 'female',
  expiryDate: '2031-05-07',
};

/** ICAO 9303: apostrophes are left out, spaces and hyphens become fillers. */
const field = (text: string, length: number) => text.toUpperCase().replace(/'/g, '').replace(/[ -]/g, '<').padEnd(length, '<').slice(0, length);

/** A name as the MRZ lines give it back (no apostrophes, hyphens as spaces). */
export function asInMrz(name: string): string {
  return name.toUpperCase().replace(/'/g, '').replace(/-/g, ' ');
}
const yymmdd = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

export function passportMrz(p: MrzPassport): [string, string] {
  const line1 = field(`P<${field(p.nationality, 3)}${p.surname}<<${p.givenNames}`, 44);
  const number = field(p.number, 9);
  const birth = yymmdd(p.birthDate);
  const expiry = yymmdd(p.expiryDate);
  const personal = field('', 14);
  const sex = p.sex === 'female' ? 'F' : p.sex === 'male' ? 'M' : '<';
  const withoutComposite = `${number}${checkDigit(number)}${field(p.nationality, 3)}${birth}${checkDigit(birth)}${sex}${expiry}${checkDigit(expiry)}${personal}${checkDigit(personal)}`;
  const composite = checkDigit(withoutComposite.slice(0, 10) + withoutComposite.slice(13, 20) + withoutComposite.slice(21, 43));
  return [line1, withoutComposite + composite];
}
