// The service's own pages (a counter's check of a card QR, the check of a proof of insurance, the
// API reference): plain HTML with no script and no style of their own, so they read the same in
// any browser, screen reader, text browser or print, under the strict Content-Security-Policy.
export const escapeHtml = (text: string | number) => String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A whole page: `title` and `main` are HTML, their text already escaped. */
export function plainPage(lang: string, title: string, main: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<main>
${main}
</main>
</body>
</html>`;
}
