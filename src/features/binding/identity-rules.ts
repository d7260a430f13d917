// Everything the identity step checks with, in one chunk the step loads when it opens: the
// international phone metadata and the MRZ reader are large, and the first screen needs neither.
export { checkApplicant, type ApplicantField, type ApplicantInput } from '../../domain/applicant.js';
export { parsePassportMrz, passportFormOf, validatePassport } from '../../domain/documents.js';
export { phoneCountries, callingCode, countryOfTypedNumber, validatePhone } from '../../domain/phone.js';
export { NATIONALITY_CODES, regionOfNationality, countryName } from '../../domain/countries.js';
