// @vitest-environment happy-dom
import { render } from 'lit-html';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/content/gazetteer';
import { linkCorpus } from '../../../src/content/links';
import type { Lang } from '../../../src/i18n/strings';
import { passageBody } from '../../../src/ui/passage-view';
import { oneParagraphCorpus } from '../../fixtures/one-paragraph-corpus';

const gazetteer = buildGazetteer(
  new Map([['new-towns', [{ id: 'jd', name_zh: '嘉定新城', name_en: 'Jiading New Town' }]]]),
);
const index = linkCorpus(oneParagraphCorpus('提升嘉定新城品质。', 'p'), gazetteer);

function drawPassage(lang: Lang, onPlace: (placeId: string) => void = () => {}): HTMLElement {
  const root = document.createElement('div');
  const passage = index.passages[0];
  if (!passage) throw new Error('fixture has no passage');
  render(passageBody(passage, { lang, index, onPlace: (_, id) => onPlace(id) }), root);
  return root;
}

describe('passage place links', () => {
  it('English: the name is the visible Chinese words (lang="zh") and then the place in English', () => {
    const root = drawPassage('en');
    const link = root.querySelector('.place-link') as HTMLButtonElement;
    expect(link.textContent).toBe('嘉定新城 (Jiading New Town: show on map)');
    expect(link.querySelector('[lang="zh"]')?.textContent).toBe('嘉定新城');
    const hint = link.querySelector('[lang="en"]');
    // Heard, not seen, and never part of a copied passage.
    expect(hint?.classList.contains('visually-hidden')).toBe(true);
    expect(hint?.classList.contains('no-copy')).toBe(true);
    expect(link.title).toBe('Show on map: Jiading New Town');
  });

  it('Chinese: the name is the words as they stand', () => {
    const link = drawPassage('zh').querySelector('.place-link') as HTMLButtonElement;
    expect(link.textContent).toBe('嘉定新城');
    expect(link.querySelector('[lang="en"]')).toBeNull();
  });

  it('a click shows the place', () => {
    const shown: string[] = [];
    (drawPassage('en', (id) => shown.push(id)).querySelector('.place-link') as HTMLButtonElement).click();
    expect(shown).toHaveLength(1);
  });
});
