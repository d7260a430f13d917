
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's15e8bb089a90e6bd': `Close`,
's1c845e16bc32ad8b': str`${0}, ${1}`,
's1da172d1135d494b': `get an alert when a benefit is paid`,
's249337142d709719': `A family member's card`,
's29b5c00c85e97067': `check your pension and medical insurance accounts`,
's2b2f3008ac750341': `Done`,
's31075f10a9aa5606': `the 6-digit payment password of your card's bank account`,
's317c497592ed126a': `apply for social security services online, without queuing`,
's46bd3fdfa9b09364': `Vibration cues`,
's490fb27590208b23': `Voice guidance`,
's4987894c991cca51': `Once your card is bound, you can use your phone to:`,
's4c61c5e8ad0a7481': `Error: `,
's4f48487c5b91c6b1': `pay at hospitals and pharmacies with your medical insurance code`,
's5052b27a919086c1': `Text twice as large, simpler pages, bigger buttons`,
's5273f475878e2f53': `It takes about 5 minutes.`,
's644c34c633d3418e': `Bind your social security card`,
's66f846650d33c298': `What you need`,
's6775814094bf7b70': `Reads out each step's title and instructions`,
's70eac77a99be0700': `Social security card binding`,
's77a1ca03a281ed9f': `Screen-reader mode`,
's7899709991c61bed': `Whose card are you binding?`,
's7bce8dc06d6eae13': `Display and assistance`,
's7f3c9c131e2b5454': `your social security card (the physical card)`,
's9bade8211319abcc': str`Step ${0} of ${1}`,
's9bdb85bbc7be6ac0': `For use with a screen reader; more is announced`,
'sa75021162d996c7e': `Care mode`,
'sbef67f1c2619d654': `They confirm on their own phone`,
'sc211712102d7dd0a': `Select whose card you are binding`,
'sc809b3d39c6bf8d4': `Skip to main content`,
'scd423a09356c197d': `Settings`,
'scdd07a0935dbe208': `Language`,
'scdd10adc17dd0ad9': `My own card`,
'sd4cd43e9b0ececad': `There is a problem`,
'se140ab847e0beb7b': `Need help? Call the social security hotline`,
'se70ab03044c9d53c': `This device cannot vibrate`,
'se8cace18590c23b7': `Start`,
'secde2edf6e0dc903': `Different vibrations for done, error and waiting`,
'sed892cd8189636b4': `the mobile phone you use`,
'sfeea06f665c54b8e': str`${0}: ${1} – ${2}`,
    };
  