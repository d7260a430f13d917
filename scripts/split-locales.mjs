// `npm run i18n:build` (and `npm run build`) runs this after `lit-localize build`, whose whole
// language modules go to a scratch folder (lit-localize.json: .tmp/lit-localize), not the
// repository: only these parts are imported and committed. It splits each module in two, so a person who reads English, Cantonese or Uyghur fetches
// only the words of the first screen before it appears (issue 9: 35 KB gzip):
//   <locale>.start.ts  the messages of every module main.ts imports statically (the first screen);
//   <locale>.later.ts  the rest, fetched before any screen loaded on demand (src/modes/locale.ts).
// Which module a message belongs to comes from lit-localize's own analysis, so it cannot drift.
// `node scripts/split-locales.mjs --check` fails if the committed parts are out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { extractMessagesFromProgram } from '@lit/localize-tools/lib/program-analysis.js';
import { readTsConfig } from '@lit/localize-tools/lib/typescript.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
export const PARTS_DIR = join(root, 'src/generated/locale-parts');
const ENTRY = join(root, 'src/main.ts');

/** Files reachable from main.ts through static, value imports: what the first screen loads. */
function staticClosure(program, options) {
  const seen = new Set();
  const pending = [ENTRY];
  while (pending.length > 0) {
    const fileName = pending.pop();
    if (seen.has(fileName)) continue;
    seen.add(fileName);
    const file = program.getSourceFile(fileName);
    if (!file) continue;
    for (const statement of file.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isReExport = ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly;
      if (!isImport && !isReExport) continue;
      const specifier = statement.moduleSpecifier.text;
      const resolved = ts.resolveModuleName(specifier, fileName, options, ts.sys).resolvedModule;
      if (resolved && !resolved.isExternalLibraryImport) pending.push(resolve(resolved.resolvedFileName));
    }
  }
  return seen;
}

/** The ids of messages written in the first screen's modules. */
function startIds() {
  const { fileNames, options } = readTsConfig(join(root, config.tsConfig));
  const program = ts.createProgram(fileNames, options);
  const closure = staticClosure(program, options);
  // Only the first screen's files are analysed: lit-localize keeps one occurrence of a message used
  // in several files, which may be a later screen's even when the shell uses it too.
  const firstScreenFiles = program.getSourceFiles().filter((file) => closure.has(resolve(file.fileName)));
  const firstScreen = Object.create(program, { getSourceFiles: { value: () => firstScreenFiles } });
  const { messages, errors } = extractMessagesFromProgram(firstScreen);
  if (errors.length > 0) throw new Error(`lit-localize could not read the messages (${errors.length} errors); run npm run i18n:extract`);
  return new Set(messages.map((message) => message.name));
}

/**
 * The source of one translated message. lit-localize escapes `&`, `<` and `>` in every target as if
 * it were an html`` template, so a plain msg('… < …') string would reach the screen as "&lt;"
 * (issue 18: the passport MRZ hint). Only html`` templates parse entities; every other target is
 * turned back into the text the translator wrote.
 */
function targetText(initializer) {
  const source = initializer.getText();
  if (ts.isTaggedTemplateExpression(initializer) && initializer.tag.getText() === 'html') return source;
  return source.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** What is wrong with a generated entry line of a part: an entity or markup that would show as typed. */
export function undecodedIn(line) {
  const entity = /&(?:lt|gt|amp|quot|apos|nbsp|#\d+|#x[0-9a-f]+);/i.exec(line);
  if (entity) return `undecoded entity ${entity[0]}`;
  const markup = /<\/?[a-z][^<>]*>/i.exec(line);
  if (markup) return `markup ${markup[0]}`;
  return undefined;
}

/** The text of each part, keyed by its path, split from lit-localize's modules in `generatedDir`. */
export function splitLocales(generatedDir = join(root, config.output.outputDir)) {
  const start = startIds();
  const parts = new Map();
  for (const locale of config.targetLocales) {
    const path = join(generatedDir, `${locale}.ts`);
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const imports = file.statements.filter(ts.isImportDeclaration).map((statement) => statement.getText());
    const entries = { start: [], later: [] };
    ts.forEachChild(file, function visit(node) {
      if (ts.isVariableDeclaration(node) && node.name.getText() === 'templates' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        for (const property of node.initializer.properties) {
          const id = property.name.text;
          entries[start.has(id) ? 'start' : 'later'].push(`  '${id}': ${targetText(property.initializer)},`);
        }
      } else ts.forEachChild(node, visit);
    });
    for (const part of ['start', 'later']) {
      const text = [
        `// Generated by scripts/split-locales.mjs from locales/${locale}.xlf (via lit-localize): do not edit.`,
        `// The ${part === 'start' ? "first screen's messages" : 'messages of screens loaded on demand'} in ${locale}.`,
        '/* eslint-disable */',
        ...imports,
        '',
        'export const templates = {',
        ...entries[part],
        '};',
        '',
      ].join('\n');
      parts.set(join(PARTS_DIR, `${locale}.${part}.ts`), text);
    }
  }
  return parts;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const parts = splitLocales();
  if (process.argv.includes('--check')) {
    const stale = [...parts].filter(([path, text]) => {
      try {
        return readFileSync(path, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    for (const [path] of stale) console.error(`${path}: out of date; run npm run i18n:build`);
    process.exit(stale.length > 0 ? 1 : 0);
  }
  mkdirSync(PARTS_DIR, { recursive: true });
  for (const [path, text] of parts) writeFileSync(path, text);
}
