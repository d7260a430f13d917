// Names of ethnic-minority citizens and rare characters (民委发〔2016〕33号): the service takes what
// the app takes, by the same rule: 50 characters counted as characters, not UTF-16 units, and the
// separator in every form it is typed, kept as the middle dot U+00B7.
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { expectStatus, startSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';

/** 50 characters: 40 Han (10 from the supplementary planes, two UTF-16 units each) and 10 separators. */
const PARTS = ['阿卜杜热合曼', '𠈌𠈌𠈌', '买买提', '艾𪚥力', '𫠣吾', '努尔', '𬺰', '玉素甫江', '阿不都热西提', '克里木𰻞𰻞', '吐尔逊𠀀𠀁'];
const SEPARATORS = ['·', '•', '‧', '・', '．', '･', '.', ' · '];

test('a 50-character minority name with rare characters and any separator is accepted and kept with ·; 51 is refused as too long', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const kept = PARTS.join('·');
  expect([...kept].length).toBe(50);
  expect(kept.length).toBe(60);
  // Typed with a different separator in each gap (spaces around one of them), as people paste names.
  const typed = PARTS.map((part, i) => (i === 0 ? part : `${SEPARATORS[i % SEPARATORS.length]}${part}`)).join('');
  const person = newPerson();
  await expectStatus(api.post('/api/identity', { ...person, name: typed }), 200, { document: 'resident_id', name: kept });
  const session = (await (await api.get('/api/session')).json()) as { progress: { identity: { name: string } | null } };
  expect(session.progress.identity?.name).toBe(kept);

  await expectStatus(api.post('/api/identity', { ...person, name: `${kept}𠈌` }), 422, { code: 'validation', fields: { name: 'too_long' } });
});

test('any name of 1 to 50 Han characters, separated in any form, is accepted as the app accepts it (property)', async ({ request, baseURL }) => {
  const api = await startSession(request, baseURL);
  const person = newPerson();
  const han = fc.oneof(fc.integer({ min: 0x4e00, max: 0x9fcc }), fc.integer({ min: 0x20000, max: 0x2a6dd }), fc.integer({ min: 0x30000, max: 0x3134a })).map((code) => String.fromCodePoint(code));
  const names = fc.array(fc.tuple(han, fc.boolean(), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 25 }).map((units) => {
    const typed = units.map(([character, separated, separator], i) => (i > 0 && separated ? separator : '') + character).join('');
    const kept = units.map(([character, separated], i) => (i > 0 && separated ? '·' : '') + character).join('');
    return { typed, kept };
  });
  await fc.assert(
    fc.asyncProperty(names, async ({ typed, kept }) => {
      await expectStatus(api.post('/api/identity', { ...person, name: typed }), 200, { name: kept });
    }),
    { numRuns: 25 },
  );
});
