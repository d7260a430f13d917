import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Every supported browser has native modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // No data: URLs for scripts or fonts; images may still be inlined (CSP allows img data:).
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    // `npm run dev` proxies the API to the reference service started by `npm run serve`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
