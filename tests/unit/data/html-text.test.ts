import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/data/html-text';
import { problemText } from '../../../src/ui/import-messages';

describe('htmlToText', () => {
  it('drops tags, scripts and comments; keeps line breaks and links as text', () => {
    expect(
      htmlToText(
        '<p>Line&nbsp;one</p><script>alert(1)</script><!-- x --><ul><li>a &lt;b&gt;</li><li><a href="http://x.org">site</a></li></ul><a href="http://y.org">http://y.org</a>',
      ),
    ).toBe('Line one\na <b>\nsite (http://x.org)\nhttp://y.org');
  });
});

describe('problemText', () => {
  it('words every import problem in the user’s language, numbers as the language writes them', () => {
    const problem = { key: 'import.tooManyFeatures', values: { count: 1_000_000, limit: 500_000 } } as const;
    expect(problemText(problem, 'en')).toBe('too many features: 1,000,000 (the limit is 500,000)');
    expect(problemText(problem, 'zh')).toBe('要素过多：1,000,000 个（上限 500,000）');
    expect(problemText({ key: 'import.notJson' }, 'zh')).toBe(
      '不是有效的 JSON（文件可能不完整或已损坏），未添加任何内容',
    );
  });
});
