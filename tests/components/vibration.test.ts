import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { vibrate, VIBRATION_PATTERNS } from '../../src/modes/vibration.js';

// Browsers refuse a vibration before the person has touched the page, and log it as an error (a
// reload that resumes at another step did so). A cue then is skipped; after a key press it works.
describe('vibration cues', () => {
  it('asks for nothing before the person has touched the page, and vibrates once they have', async () => {
    const asked: unknown[] = [];
    const real = navigator.vibrate.bind(navigator);
    Object.defineProperty(navigator, 'vibrate', {
      configurable: true,
      value: (pattern: VibratePattern) => {
        asked.push(pattern);
        return real(pattern);
      },
    });
    expect(navigator.userActivation.hasBeenActive).to.equal(false);
    vibrate('step');
    expect(asked).to.deep.equal([]);

    const button = document.createElement('button');
    button.textContent = 'Touch';
    document.body.append(button);
    button.focus();
    await sendKeys({ press: 'Enter' });
    expect(navigator.userActivation.hasBeenActive).to.equal(true);
    vibrate('error');
    expect(asked).to.deep.equal([VIBRATION_PATTERNS.error]);
    button.remove();
  });
});
