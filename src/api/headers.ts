// Header names both sides use, kept apart from the schemas so the first screen can send requests
// without loading the schema library.

/** Header that carries the session's anti-forgery token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
/** Header asking the service to use its alternate channel when the primary one is busy. */
export const CHANNEL_HEADER = 'x-channel';
