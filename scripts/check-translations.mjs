// `npm run i18n:check`: fails when any target locale misses a string or carries a stale one.
// It extracts the current msg() calls into a scratch copy of locales/ (the committed XLIFF is
// never touched), then requires every trans-unit in every target file to have a <target>.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { splitLocales, undecodedIn } from './split-locales.mjs';

// The check checks itself first: a checker that lets "&lt;" through would pass everything.
if (!undecodedIn("  'x': `the &lt; sign`,") || !undecodedIn("  'x': `<b>bold</b>`,") || undecodedIn("  'x': `the < sign`,")) {
  console.error('check-translations: the entity and markup check is broken');
  process.exit(1);
}

function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'ssc-i18n-'));
const scratchXliff = join(scratch, 'locales');
cpSync(config.interchange.xliffDir, scratchXliff, { recursive: true });
const scratchConfig = join(scratch, 'lit-localize.json');
const scratchGenerated = join(scratch, 'generated');
writeFileSync(
  scratchConfig,
  JSON.stringify({
    ...config,
    $schema: undefined,
    tsConfig: join(process.cwd(), config.tsConfig),
    interchange: { ...config.interchange, xliffDir: scratchXliff },
    output: {
      ...config.output,
      outputDir: join(scratchGenerated, 'locales'),
      localeCodesModule: join(scratchGenerated, 'locale-codes.ts'),
    },
  }),
);

try {
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: ['ignore', 'ignore', 'inherit'] });
  const problems = [];
  for (const locale of config.targetLocales) {
    const xml = readFileSync(join(scratchXliff, `${locale}.xlf`), 'utf8');
    const committed = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
    const units = [...xml.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    for (const [, id, body] of units) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
      const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1];
      if (target === undefined || target.trim() === '') problems.push(`${locale}: no translation for ${id} "${source}"`);
    }
    if (xml !== committed) problems.push(`${locale}: locales/${locale}.xlf is out of date; run npm run i18n:extract and translate`);
  }
  // The committed language parts must be what the committed XLIFF builds and splits to.
  if (problems.length === 0) {
    execFileSync('npx', ['lit-localize', 'build', '--config', scratchConfig], { stdio: ['ignore', 'ignore', 'inherit'] });
    for (const [path, text] of splitLocales(join(scratchGenerated, 'locales'))) {
      if (readIfExists(path) !== text) problems.push(`${path}: out of date; run npm run i18n:build`);
      // Every target is shown as plain text, so "&lt;" or "<b>" would reach the screen as typed.
      for (const line of text.split('\n').filter((entry) => entry.startsWith("  '"))) {
        const problem = undecodedIn(line);
        if (problem) problems.push(`${path}: ${problem} in ${line.trim()}`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(`Translations incomplete (${problems.length}):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Translations complete: ${config.targetLocales.join(', ')}.`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
