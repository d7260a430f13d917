// The package's self-contained browser build (its ESM entry imports CommonJS modules that the
// test server cannot serve); same API as the main entry.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
