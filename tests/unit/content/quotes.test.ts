import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/content/gazetteer';
import { linkCorpus } from '../../../src/content/links';
import { quotesAbout } from '../../../src/content/quotes';
import { oneParagraphCorpus } from '../../fixtures/one-paragraph-corpus';

const corpus = oneParagraphCorpus('建设嘉定新城。加快交通建设；提升嘉定新城和青浦新城品质。', 'p');

describe('quotesAbout', () => {
  it('quotes each sentence naming the feature once, with the name marked', () => {
    const gazetteer = buildGazetteer(
      new Map([
        [
          'new-towns',
          [
            { id: 'jd', name_zh: '嘉定新城', name_en: 'Jiading New Town' },
            { id: 'qp', name_zh: '青浦新城', name_en: 'Qingpu New Town' },
          ],
        ],
      ]),
    );
    const quotes = quotesAbout(linkCorpus(corpus, gazetteer), 'new-towns', 'jd');
    expect(quotes.map((q) => q.text)).toEqual(['建设嘉定新城。', '提升嘉定新城和青浦新城品质。']);
    const second = quotes[1];
    expect(second?.text.slice(second.marks[0]?.start, second.marks[0]?.end)).toBe('嘉定新城');
  });
});
