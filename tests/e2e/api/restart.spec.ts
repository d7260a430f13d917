// A restart of the service loses nothing it has confirmed: sessions live in SQLite (WAL).
// This test runs its own service process on its own port and data folder, and kills it hard.
import { expect, test } from '@playwright/test';
import { confirmIdentity, expectStatus, startSession } from '../../helpers/api.node.js';
import { newPerson } from '../../helpers/people.node.js';
import { OWN_SERVICE_OFFSET, ownService } from '../../helpers/service.node.js';

test('after a hard restart the same cookie still shows the confirmed identity', async ({ playwright }) => {
  test.setTimeout(90_000);
  const service = ownService(OWN_SERVICE_OFFSET.apiRestart);
  const request = await playwright.request.newContext({ baseURL: service.origin });
  try {
    await service.start();
    const person = newPerson();
    const api = await startSession(request, service.origin);
    await confirmIdentity(api, person, 'sms');

    await service.stopHard();
    await service.start();

    const session = (await (await expectStatus(request.get('/api/session'), 200)).json()) as {
      csrfToken: string;
      progress: { identity: { name: string; idNumberMasked: string } | null; identityVerifiedBy: string | null };
    };
    expect(session.csrfToken).toBe(api.session.csrfToken);
    expect(session.progress.identity).toMatchObject({ name: person.name, idNumberMasked: `${person.idNumber.slice(0, 6)}********${person.idNumber.slice(-4)}` });
    expect(session.progress.identityVerifiedBy).toBe('sms');
    // And the session carries on where it was.
    await expectStatus(api.post('/api/card', { cardNumber: 'B12345670' }), 200, { holderName: person.name });
  } finally {
    await service.dispose();
    await request.dispose();
  }
});
