// The phone number's country on the identity step, China first.
import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatLocales } from '../../modes/locale.js';
import { phrases } from '../../ui/phrases.js';
import '../../ui/ssc-select-field.js';
import type { Rules } from './identity-questions.js';

export interface PhoneCountryView {
  readonly rules: Rules;
  /** ISO 3166 alpha-2, as kept in the answers. */
  readonly phoneCountry: string;
  /** The person asked to change it: the list is shown. */
  readonly choosing: boolean;
  countryLabel(region: string): string;
  /** Change: show the list, focused. */
  choose(): void;
}

/**
 * The phone's country: shown as words with a Change button, and a list only once the person asks
 * for it (a number typed with its +code changes it too). A <select> on the page as it arrives
 * was read out by Orca unasked ("combo box collapsed, China +86") and put it in focus mode, so
 * H and the other browse keys stopped working: Chromium reports the list's selection as a change
 * when the screen reader first explores it.
 */
export function renderPhoneCountry(view: PhoneCountryView) {
  const { rules, phoneCountry } = view;
  const label = msg('手机号码所属国家或地区');
  if (view.choosing) {
    return html`<ssc-select-field
      required
      field-id="identity-phone-country"
      name="phoneCountry"
      label=${label}
      .options=${phoneCountryOptions(view)}
      .value=${phoneCountry}
    ></ssc-select-field>`;
  }
  return html`<div class="ssc-field">
    <p class="ssc-label" id="identity-phone-country-label">${phrases(label)}</p>
    <p class="ssc-chosen">
      <span id="identity-phone-country-chosen" dir="auto">${view.countryLabel(phoneCountry)} +${rules.callingCode(phoneCountry)}</span>
      <button type="button" class="ssc-button ssc-button--secondary ssc-chosen__change" id="identity-phone-country-change" @click=${() => view.choose()}>
        ${msg('更改')}<span class="ssc-visually-hidden">${msg(str`：${label}`)}</span>
      </button>
    </p>
  </div>`;
}

/** Countries by name in the reader's language, China first (most numbers here are Chinese). */
function phoneCountryOptions(view: PhoneCountryView) {
  const { rules } = view;
  const collator = new Intl.Collator(formatLocales());
  const others = rules
    .phoneCountries()
    .filter((region) => region !== 'CN')
    .map((region) => ({ value: region, label: `${view.countryLabel(region)} +${rules.callingCode(region)}` }))
    .sort((a, b) => collator.compare(a.label, b.label));
  return [{ value: 'CN', label: `${view.countryLabel('CN')} +86` }, ...others];
}
