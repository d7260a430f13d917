// Type-ahead for a native <select>, the same in every engine. Typing a name is the documented way
// to use a long country list, and WebKit ends its own type-ahead at a space: "United Kingdom"
// lands on "United States". Here the letters typed within a second are one search, spaces
// included; the same letter pressed again steps through the options that begin with it.

/** How long a pause ends a search, as in the engines' own type-ahead. */
export const TYPE_AHEAD_PAUSE_MS = 1000;

function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase();
}

/**
 * The option to choose for what was typed: the first label that starts with `typed` (case and
 * width folded), or, when `typed` is one letter repeated, the next label after `current` that
 * starts with that letter. -1 when none matches (the selection then stays).
 */
export function typeAheadIndex(labels: readonly string[], typed: string, current: number): number {
  const search = fold(typed);
  if (!search) return -1;
  const folded = labels.map(fold);
  const letters = [...search];
  if (letters.every((letter) => letter === letters[0])) {
    const letter = letters[0]!;
    const starting = folded.map((label, index) => (label.startsWith(letter) ? index : -1)).filter((index) => index >= 0);
    if (starting.length === 0) return -1;
    if (letters.length === 1 || !folded.some((label) => label.startsWith(search))) {
      // Cycling: a single press moves on from the current option, as the engines do.
      return starting.find((index) => index > current) ?? starting[0]!;
    }
  }
  return folded.findIndex((label) => label.startsWith(search));
}

const searches = new WeakMap<HTMLSelectElement, { typed: string; at: number }>();

/** A keydown listener for a closed <select>: chooses by what is typed and fires input and change. */
export function selectTypeAhead(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing || [...event.key].length !== 1) return;
  const select = event.currentTarget as HTMLSelectElement;
  const last = searches.get(select);
  const typed = (last && event.timeStamp - last.at < TYPE_AHEAD_PAUSE_MS ? last.typed : '') + event.key;
  // Space on its own opens the list, as it always does.
  if (typed.trim() === '') return;
  searches.set(select, { typed, at: event.timeStamp });
  event.preventDefault();
  const index = typeAheadIndex([...select.options].map((option) => option.text), typed, select.selectedIndex);
  if (index < 0 || index === select.selectedIndex) return;
  select.selectedIndex = index;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  select.dispatchEvent(new Event('change', { bubbles: true }));
}
