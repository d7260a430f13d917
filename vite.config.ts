import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  build: {
    outDir: 'dist',
    target: 'es2022',
    // Every supported browser has native modulepreload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    // No data: URLs for scripts or fonts; images may still be inlined (CSP allows img data:).
    assetsInlineLimit: 0,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // What the first screen needs arrives as one file: one request, one gzip stream, fewer bytes.
        codeSplitting: { groups: [{ name: 'shell', tags: ['$initial'] }] },
      },
    },
  },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      // Updates are applied only when the person agrees: autoUpdate would reload and lose answers.
      registerType: 'prompt',
      injectRegister: false,
      injectManifest: {
        // The shell, every language module and the manual (all in the JS); not the 1 MB QR decoder.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
      },
      manifest: {
        name: '社保卡绑定 · Social security card binding',
        short_name: '社保卡',
        description: '绑定社保卡，用手机办理社保业务。Bind your social security card to use it on your phone.',
        lang: 'zh-Hans',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#005a30',
        background_color: '#ffffff',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  server: {
    // `npm run dev` proxies the API to the reference service started by `npm run serve`.
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
});
