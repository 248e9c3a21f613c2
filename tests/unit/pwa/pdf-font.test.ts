import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDF_FONT, pwaOptions } from '../../../scripts/pwa/pwa-options';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the font the PDF maker embeds is precached, so a first PDF made offline works', () => {
  it('the precache glob names the file pdf-sheet.ts imports, as Vite hashes it into dist/assets', () => {
    const source = readFileSync(join(ROOT, 'src', 'map', 'pdf-sheet.ts'), 'utf8');
    const imported = /from '@fontsource\/noto-sans-sc\/files\/([\w-]+)\.woff\?url'/.exec(source)?.[1];
    expect(imported).toBe('noto-sans-sc-chinese-simplified-400-normal');
    const glob = new RegExp(`^${PDF_FONT.replace(/[.]/g, '\\.').replace('*', '[\\w-]+')}$`);
    expect(glob.test(`assets/${imported}-CN8EQoOj.woff`)).toBe(true);
    // Not the woff2 of the same face, nor another weight.
    expect(glob.test(`assets/${imported}-CN8EQoOj.woff2`)).toBe(false);
    expect(glob.test('assets/noto-sans-sc-chinese-simplified-700-normal-CN8EQoOj.woff')).toBe(false);
  });

  it('is among the service worker’s precache patterns', () => {
    expect(pwaOptions(ROOT).workbox?.globPatterns).toContain(PDF_FONT);
  });
});
