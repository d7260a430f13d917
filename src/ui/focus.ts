// Whether the person is using the keyboard, for the focus ring on what we focus by script. Engines
// guess differently: WebKit never shows :focus-visible on a heading focused after a step change,
// so a sighted keyboard user would not see where they are. We decide it ourselves from the last
// input (a key, or a pointer), the way the :focus-visible heuristics do.
let keyboardUser = false;
window.addEventListener('keydown', () => (keyboardUser = true), { capture: true });
window.addEventListener('pointerdown', () => (keyboardUser = false), { capture: true });

/**
 * Moves focus to an element that is not normally focusable (a heading, an error summary),
 * as GOV.UK's setFocus does: a temporary tabindex that is removed on blur, so the element
 * does not linger in the tab order. After a key press it shows the focus ring in every engine
 * (`data-focus-ring`, styled with :focus-visible), after a tap or click it does not.
 */
export function setFocus(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  if (keyboardUser) {
    element.setAttribute('data-focus-ring', '');
    element.addEventListener('blur', () => element.removeAttribute('data-focus-ring'), { once: true });
  }
  element.focus({ focusVisible: keyboardUser } as FocusOptions);
}
