import { describe, expect, it } from 'vitest';
import { snippet } from '../../../src/content/search-snippet';

const show = (parts: ReturnType<typeof snippet>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  it('marks every term in the window, across the source spacing', () => {
    expect(
      show(snippet('黄浦江 45 公里公共空间岸线贯通开放，苏州河中心城区 42 公里岸线实现基本贯通。', ['42公里', '岸线'])),
    ).toBe('黄浦江 45 公里公共空间[岸线]贯通开放，苏州河中心城区 [42 公里][岸线]实现基本贯通。');
  });

  it('cuts long text around the first match with ellipses', () => {
    const text = `${'甲'.repeat(100)}绿道${'乙'.repeat(100)}`;
    const parts = snippet(text, ['绿道'], 40);
    expect(parts[0]?.text).toBe('…');
    expect(parts.at(-1)?.text).toBe('…');
    expect(parts.find((p) => p.mark)?.text).toBe('绿道');
    expect(show(parts).length).toBe(44); // 40 characters, two ellipses, two brackets
  });

  it('matches Latin words without case and treats regex characters as text', () => {
    expect(show(snippet('深入推进 PM2.5和臭氧', ['pm2.5']))).toBe('深入推进 [PM2.5]和臭氧');
    expect(show(snippet('a (b) [c] *d*', ['(b)', '[c', '*']))).toBe('a [(b)] [[c]] [*]d[*]');
    expect(show(snippet('没有匹配', []))).toBe('没有匹配');
  });
});

describe('snippet over anything a person can type', () => {
  const hostile = [
    '五角场-真如',
    '-',
    'a-b',
    '\\',
    '\\d+',
    '[',
    ']',
    '(',
    ')',
    '{2}',
    '^$',
    '|',
    '/',
    '?',
    '.*',
    '😀',
    '👨‍👩‍👧',
    '\u0000',
    '\u200b',
    '%',
    '&<>"\'',
    '#',
    ',',
    '：',
    '、',
    'Ω≈ç√',
    'x'.repeat(2000),
    '中'.repeat(2000),
  ];
  for (const term of hostile) {
    it(`never throws on ${JSON.stringify(term.slice(0, 12))}`, () => {
      const text = `前文${term}后文 五角场 - 真如`;
      const parts = snippet(text, [term, '五角场']);
      // A term longer than the window cannot be marked inside it; it still gives text.
      expect(parts.some((part) => part.mark)).toBe(term.length < 90);
      expect(parts.map((part) => part.text).join('')).not.toBe('');
    });
  }

  it('marks a term with a hyphen as text', () => {
    expect(show(snippet('沪-苏-浙 协同', ['沪-苏']))).toBe('[沪-苏]-浙 协同');
  });

  it('covers every printable ASCII character on its own', () => {
    for (let code = 32; code < 127; code += 1) {
      const char = String.fromCharCode(code);
      expect(() => snippet(`a${char}b`, [char])).not.toThrow();
    }
  });
});
