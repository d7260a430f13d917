/**
 * Moves focus to an element that is not normally focusable (a heading, an error summary),
 * as GOV.UK's setFocus does: a temporary tabindex that is removed on blur, so the element
 * does not linger in the tab order.
 */
export function setFocus(element: HTMLElement | null | undefined): void {
  if (!element) return;
  if (!element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus();
}
