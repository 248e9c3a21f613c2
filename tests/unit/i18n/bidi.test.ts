import { describe, expect, it } from 'vitest';
import { stripBidi } from '../../../src/i18n/bidi';

describe('bidi controls', () => {
  it('removes overrides, embeddings, isolates and marks so text reads as stored', () => {
    expect(stripBidi('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(stripBidi('\u2067松江\u2069 \u200Fnew\u202Atown\u202C\u061C')).toBe('松江 newtown');
  });

  it('leaves Chinese and English text alone', () => {
    expect(stripBidi('松江新城 Songjiang New Town')).toBe('松江新城 Songjiang New Town');
  });
});
