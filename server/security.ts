// Security headers for every response: a Content-Security-Policy with no inline script or style
// attributes and Trusted Types, no framing, no referrer, and only the device features we use.
import { secureHeaders } from 'hono/secure-headers';
import { CSP_REPORT_PATH } from './csp-reports.js';

/** Trusted Types policies the page may create: Lit's own, and ours for the service worker URL. */
export const TRUSTED_TYPES_POLICIES = ['lit-html', 'ssc-sw'];

export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    mediaSrc: ["'self'", 'blob:'],
    connectSrc: ["'self'"],
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    requireTrustedTypesFor: ["'script'"],
    trustedTypes: TRUSTED_TYPES_POLICIES,
    reportUri: CSP_REPORT_PATH,
  },
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: 'same-origin',
  crossOriginResourcePolicy: 'same-origin',
  referrerPolicy: 'no-referrer',
  // HSTS only means something over TLS; a TLS-terminating proxy in front of us adds it.
  strictTransportSecurity: false,
  xFrameOptions: 'DENY',
  permissionsPolicy: {
    camera: ['self'],
    microphone: [],
    geolocation: [],
    payment: [],
    usb: [],
  },
});
