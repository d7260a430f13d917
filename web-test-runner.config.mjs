// Component tests in real Chromium (the system browser), TypeScript through esbuild with the
// project's tsconfig (legacy decorators), and one extra command that reads Chromium's own
// accessibility tree so tests assert what assistive technology gets, not only the markup.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** `executeServerCommand('ax-node', { selector })` → role, name, description and states from Chromium's tree. */
function accessibilityTreePlugin() {
  return {
    name: 'ax-node',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-node') return undefined;
      const page = session.browser.getPage(session.id);
      const cdp = await page.context().newCDPSession(page);
      try {
        const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
        if (!nodeId) return null;
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        const node = nodes.find((n) => !n.ignored) ?? nodes[0];
        const property = (name) => node.properties?.find((p) => p.name === name)?.value?.value;
        return {
          role: node.role?.value ?? '',
          name: node.name?.value ?? '',
          description: node.description?.value ?? '',
          invalid: property('invalid') ?? 'false',
          required: property('required') ?? false,
          focused: property('focused') ?? false,
          checked: property('checked') ?? null,
          level: property('level') ?? null,
          live: property('live') ?? null,
          modal: property('modal') ?? false,
        };
      } finally {
        await cdp.detach();
      }
    },
  };
}

/**
 * sm-crypto-v2 has a dynamic `import("crypto")` for Node that browsers never reach (they have
 * globalThis.crypto); the test server must still resolve it, so it gets the browser's own.
 */
function browserCryptoPlugin() {
  const path = '/__browser-crypto.js';
  return {
    name: 'browser-crypto',
    resolveImport({ source }) {
      return source === 'crypto' ? path : undefined;
    },
    serve(context) {
      return context.path === path ? { body: 'export const webcrypto = globalThis.crypto; export default globalThis.crypto;', type: 'js' } : undefined;
    },
  };
}

/**
 * Vite's `?url` imports (the QR decoder's WebAssembly) become a module exporting the file's URL,
 * as Vite does in the build.
 */
function assetUrlPlugin() {
  const prefix = '/__asset-url/';
  return {
    name: 'asset-url',
    resolveImport({ source }) {
      if (!source.endsWith('?url')) return undefined;
      const bare = source.slice(0, -'?url'.length).replace('zxing-wasm/reader/', 'zxing-wasm/dist/reader/');
      return `${prefix}${encodeURIComponent(`/node_modules/${bare}`)}.js`;
    },
    serve(context) {
      if (!context.path.startsWith(prefix)) return undefined;
      const url = decodeURIComponent(context.path.slice(prefix.length, -'.js'.length));
      return { body: `export default ${JSON.stringify(url)};`, type: 'js' };
    },
  };
}

/**
 * budoux's DOM helper is Node's (linkedom) unless its package's "browser" field is followed, as
 * Vite does for the app; the test server resolves that one relative import the same way.
 */
function budouxBrowserDomPlugin() {
  return {
    name: 'budoux-browser-dom',
    resolveImport({ source, context }) {
      return source === './dom.js' && context.path.includes('/node_modules/budoux/') ? './dom-browser.js' : undefined;
    },
  };
}

export default {
  files: ['src/**/*.test.ts', 'tests/components/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      },
    }),
  ],
  plugins: [browserCryptoPlugin(), assetUrlPlugin(), budouxBrowserDomPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), accessibilityTreePlugin()],
};
