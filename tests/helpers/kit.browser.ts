// Shared helpers for component tests: the app's real stylesheet, axe, Chromium's accessibility
// tree, modes and languages applied the same way the app applies them.
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { executeServerCommand } from '@web/test-runner-commands';
import { updateSettings, type Settings } from '../../src/modes/settings.js';
import { wantLaterWords } from '../../src/modes/locale.js';

// A fixture renders a later screen's parts directly, which the app does only once their words have
// loaded (src/modes/locale.ts): here every language is loaded whole.
wantLaterWords();

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

let stylesLoaded: Promise<void> | undefined;

/** Loads src/ui/styles.css once, as the built app does, so sizes and colours are real. */
export function loadAppStyles(): Promise<void> {
  stylesLoaded ??= new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('../../src/ui/styles.css', import.meta.url).href;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error('styles.css did not load'));
    document.head.append(link);
  });
  return stylesLoaded;
}

/**
 * Runs axe on the page with WCAG A/AA, best practices and the AAA contrast rule (our palette
 * promises 7:1). Rules about a whole page (title, main landmark, h1) are left to the end-to-end
 * tests, which load real pages; a component fixture is not one.
 */
export async function axeViolations(context: Element | Document = document): Promise<string[]> {
  const results = await window.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: {
      'color-contrast-enhanced': { enabled: true },
      region: { enabled: false },
      'document-title': { enabled: false },
      'landmark-one-main': { enabled: false },
      'page-has-heading-one': { enabled: false },
    },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface AxNode {
  role: string;
  name: string;
  description: string;
  invalid: string;
  required: boolean;
  focused: boolean;
  checked: string | null;
  level: number | null;
  live: string | null;
  modal: boolean;
}

/** What Chromium exposes to assistive technology for the first element matching `selector`. */
export function axNode(selector: string): Promise<AxNode> {
  return executeServerCommand<AxNode, { selector: string }>('ax-node', { selector }) as Promise<AxNode>;
}

export const MODES: { name: string; settings: Partial<Settings> }[] = [
  { name: 'default', settings: { care: false, screenReader: false } },
  { name: 'care', settings: { care: true, screenReader: false } },
];

/** Applies settings exactly as the settings panel does (document attributes + locale). */
export function applySettings(settings: Partial<Settings>): Promise<Settings> {
  return updateSettings({ locale: 'zh-Hans', care: false, screenReader: false, ...settings });
}

export function rectOf(element: Element): DOMRect {
  return element.getBoundingClientRect();
}
