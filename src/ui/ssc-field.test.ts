// One contract for every field, run in every mode, the way a design system tests one base over
// every control: named by its question, described by hint then error, invalid when in error, the
// error heard with its "Error:" prefix, no axe violation, targets of 44 px, and no sideways scroll
// at 320 px.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { msg } from '@lit/localize';
import type { TemplateResult } from 'lit';
import './ssc-text-field.js';
import './ssc-select-field.js';
import './ssc-date-field.js';
import './ssc-choice-group.js';
import { applySettings, axeViolations, axNode, loadAppStyles } from '../../tests/helpers/kit.browser.js';
import type { Settings } from '../modes/settings.js';

const QUESTION = '您的出生日期';
const HINT = '与证件上的一致';
const ERROR = '请输入出生日期';

interface FieldCase {
  name: string;
  /** The field with a hint, and an error when `error` is not empty. */
  render(error: string): TemplateResult;
  /** What is named and described: the control, or the group for a fieldset. */
  described: string;
  /** The control whose invalid state is exposed; none for a choice group (its group says it). */
  invalid: string | null;
  /** What a finger or pointer must hit. */
  targets: string;
  /** The id the hint's and error's ids are made from. */
  idBase: string;
}

const FIELDS: FieldCase[] = [
  {
    name: 'text field',
    render: (error) => html`<ssc-text-field required field-id="f" name="f" label=${QUESTION} hint=${HINT} error=${error}></ssc-text-field>`,
    described: '#f',
    invalid: '#f',
    targets: '#f',
    idBase: 'f',
  },
  {
    name: 'text area',
    render: (error) => html`<ssc-text-field rows="3" field-id="f" name="f" label=${QUESTION} hint=${HINT} error=${error}></ssc-text-field>`,
    described: '#f',
    invalid: '#f',
    targets: '#f',
    idBase: 'f',
  },
  {
    name: 'select field',
    render: (error) =>
      html`<ssc-select-field
        required
        field-id="f"
        name="f"
        label=${QUESTION}
        hint=${HINT}
        placeholder="请选择"
        error=${error}
        .options=${[{ value: 'a', label: '一' }]}
      ></ssc-select-field>`,
    described: '#f',
    invalid: '#f',
    targets: '#f',
    idBase: 'f',
  },
  {
    name: 'date field',
    render: (error) => html`<ssc-date-field required field-id="f" name="f" legend=${QUESTION} hint=${HINT} error=${error}></ssc-date-field>`,
    described: 'fieldset',
    invalid: '#f',
    targets: '.ssc-date-input input',
    idBase: 'f',
  },
  {
    name: 'choice group',
    render: (error) =>
      html`<ssc-choice-group
        name="f"
        legend=${QUESTION}
        hint=${HINT}
        error=${error}
        .options=${[
          { value: 'a', label: '一' },
          { value: 'b', label: '二' },
        ]}
      ></ssc-choice-group>`,
    described: 'fieldset',
    invalid: null,
    targets: '.ssc-choice__label',
    idBase: 'f',
  },
];

const MODES: { name: string; settings: Partial<Settings> }[] = [
  { name: 'default', settings: {} },
  { name: 'care', settings: { care: true } },
  { name: 'screen-reader', settings: { screenReader: true } },
  { name: 'Uyghur right-to-left care', settings: { care: true, locale: 'ug' } },
];

describe('every field keeps the field contract', () => {
  before(loadAppStyles);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await applySettings({});
  });

  for (const field of FIELDS) {
    for (const mode of MODES) {
      describe(`${field.name}, ${mode.name} mode`, () => {
        beforeEach(() => applySettings(mode.settings));

        it('without an error: named by its question, described by its hint only, not invalid, no axe violation', async () => {
          await fixture(field.render(''));
          const node = await axNode(field.described);
          expect(node.name).to.equal(QUESTION);
          expect(node.description).to.equal(HINT);
          if (field.invalid) expect((await axNode(field.invalid)).invalid).to.equal('false');
          expect(document.querySelector('.ssc-field--error')).to.equal(null);
          expect(await axeViolations()).to.deep.equal([]);
        });

        it('with an error: described by hint then error, the error heard as one with its prefix, invalid, marked, no axe violation', async () => {
          await fixture(field.render(ERROR));
          const prefix = msg('错误：');
          const node = await axNode(field.described);
          expect(node.name).to.equal(QUESTION);
          expect(node.description.replace(/\s+/g, '')).to.equal(`${HINT}${prefix}${ERROR}`.replace(/\s+/g, ''));
          const describedBy = document.querySelector(field.described)!.getAttribute('aria-describedby');
          expect(describedBy).to.equal(`${field.idBase}-hint ${field.idBase}-error`);
          const error = document.getElementById(`${field.idBase}-error`)!;
          expect(error.querySelector('.ssc-visually-hidden')?.textContent).to.equal(prefix);
          expect(error.textContent?.trim().endsWith(ERROR)).to.equal(true);
          if (field.invalid) expect((await axNode(field.invalid)).invalid).to.equal('true');
          expect(error.closest('.ssc-field')?.classList.contains('ssc-field--error')).to.equal(true);
          expect(await axeViolations()).to.deep.equal([]);
        });

        it('at 320 px: every target at least 44 px high, nothing scrolls sideways', async () => {
          await setViewport({ width: 320, height: 640 });
          await fixture(field.render(ERROR));
          const targets = [...document.querySelectorAll(field.targets)];
          expect(targets.length).to.be.above(0);
          for (const target of targets) expect(target.getBoundingClientRect().height, target.outerHTML).to.be.at.least(44);
          expect(document.documentElement.scrollWidth).to.be.at.most(320);
        });
      });
    }
  }
});
