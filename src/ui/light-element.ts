import { LitElement } from 'lit';

/**
 * Base for every element that renders form controls, headings or text: it renders into light DOM.
 * ARIA id references, autofill, password managers and the virtual screen reader all fail across
 * shadow roots, and global styles reach light DOM without duplication.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
