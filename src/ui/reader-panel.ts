import type { FigureResult } from '../content/figures';
import type { LinkIndex } from '../content/links';
import { englishTitle, sectionTitle } from '../content/section-titles';
import type { PlanDoc, PlanParagraph, PlanSection } from '../content/types';
import { type Lang, t } from '../i18n/strings';
import { type AppState, type FeatureKey, type Store, showFeatures } from '../state/store';
import { el } from './dom';
import { passageBody } from './passage-view';

function findSection(sections: readonly PlanSection[], id: string): PlanSection | undefined {
  for (const section of sections) {
    if (section.id === id) return section;
    const inner = findSection(section.children, id);
    if (inner) return inner;
  }
  return undefined;
}

export function planOfClause(index: LinkIndex, clause: string | null): PlanDoc | undefined {
  const planId = clause?.split('/')[0];
  const plans = [...new Set(index.passages.map((p) => p.plan))];
  return plans.find((p) => p.id === planId);
}

function paragraphView(paragraph: PlanParagraph, index: LinkIndex, state: AppState, store: Store): HTMLElement {
  const lang = state.lang;
  const passage = index.byParagraph.get(paragraph.id);
  const onPlace = (targets: readonly FeatureKey[]) => showFeatures(store, targets);
  const selected = state.paragraph === paragraph.id;
  const attributes: Record<string, string> = {
    class: `para para-${paragraph.kind}${selected ? ' para-selected' : ''}`,
    id: `para-${paragraph.id}`,
    'data-paragraph': paragraph.id,
  };
  if (paragraph.kind === 'figure') {
    return el(
      'figure',
      attributes,
      el('figcaption', {}, paragraph.title ?? ''),
      el('p', { class: 'hint' }, t('figureMissing', lang)),
    );
  }
  if (paragraph.kind === 'table') {
    return el(
      'div',
      attributes,
      el('p', { class: 'box-title' }, paragraph.title ?? ''),
      el('p', { class: 'table-cells' }, paragraph.text),
    );
  }
  const body = passage ? passageBody(passage, { lang, index, onPlace }) : el('span', {}, paragraph.text);
  const element = el('p', { ...attributes, tabindex: '0' }, body);
  const figures = state.figures.get(paragraph.id) ?? [];
  if (figures.length > 0) element.append(...figures.map((figure) => figureBox(figure, lang)));
  const places = passage ? [...new Set(passage.mentions.map((m) => m.placeId))] : [];
  if (places.length > 0) {
    element.title = t('paragraphPlaces', lang);
    const highlightAll = () => {
      const targets = places.flatMap((id) => index.places.get(id)?.targets ?? []);
      showFeatures(store, targets, { also: { paragraph: paragraph.id } });
    };
    element.addEventListener('click', highlightAll);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target === element) highlightAll();
    });
  }
  return element;
}

/** A number the plan states, beside the map's own measure of the same thing and how it was made. */
function figureBox({ spec, measured }: FigureResult, lang: Lang): HTMLElement {
  const value = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const kind = t(spec.kind === 'target' ? 'figureTarget' : 'figureAchieved', lang);
  return el(
    'span',
    { class: 'figure-box', 'data-figure': spec.id },
    el(
      'strong',
      {},
      `${t('planFigure', lang)}: ${spec.label[lang]} ${value(spec.value)} ${spec.unit} (${kind} ${spec.year})`,
    ),
    measured
      ? el('span', {}, `${t('mapMeasure', lang)}: ${value(measured.value)} ${spec.unit} — ${measured.method[lang]}`)
      : el('span', {}, `${t('notMeasurable', lang)}: ${spec.notMeasurable?.[lang] ?? ''}`),
  );
}

function sectionView(
  section: PlanSection,
  index: LinkIndex,
  state: AppState,
  store: Store,
  depth: number,
): HTMLElement {
  const english = state.lang === 'en' ? englishTitle(section.id) : undefined;
  // In English the reviewed translation leads and the plan's own title follows, as the text below is Chinese.
  const heading = el(
    depth === 0 ? 'h3' : 'h4',
    { class: 'clause-heading', id: `clause-${section.id}` },
    `${section.number} ${english ?? section.title}`.trim(),
    english ? el('span', { class: 'clause-heading-zh', lang: 'zh' }, section.title) : null,
  );
  return el(
    'section',
    { class: 'clause', 'data-clause': section.id },
    heading,
    ...section.paragraphs.map((p) => paragraphView(p, index, state, store)),
    ...section.children.map((child) => sectionView(child, index, state, store, depth + 1)),
  );
}

function tocEntry(section: PlanSection, state: AppState, store: Store): HTMLElement {
  const open = el(
    'button',
    {
      type: 'button',
      class: `toc-link toc-${section.kind}${state.clause === section.id ? ' current' : ''}`,
      'data-clause': section.id,
    },
    `${section.number} ${sectionTitle(section, state.lang) || '—'}`.trim(),
  );
  open.addEventListener('click', () => store.update({ clause: section.id, paragraph: null }));
  const children = section.children.filter((c) => c.kind !== 'item' && c.kind !== 'subsection');
  return el(
    'li',
    {},
    open,
    children.length > 0 ? el('ul', {}, ...children.map((c) => tocEntry(c, state, store))) : null,
  );
}

/** One plan at a time: its contents, and the open clause with place links and clickable paragraphs. */
export function renderReader(root: HTMLElement, state: AppState, store: Store): void {
  const lang: Lang = state.lang;
  const index = state.content;
  if (!index) {
    root.replaceChildren(
      el(
        'p',
        { class: 'hint' },
        state.contentError ? `${t('textFailed', lang)}: ${state.contentError}` : t('textLoading', lang),
      ),
    );
    return;
  }
  const plans = [...new Set(index.passages.map((p) => p.plan))].sort((a, b) => a.order - b.order);
  const plan = planOfClause(index, state.clause) ?? plans[plans.length - 1];
  if (!plan) return;
  const picker = el(
    'select',
    { 'aria-label': t('choosePlan', lang), 'data-testid': 'plan-picker' },
    ...plans.map((p) => {
      const option = el('option', { value: p.id }, `${p.year} · ${p.short[lang]}`);
      option.selected = p.id === plan.id;
      return option;
    }),
  );
  picker.addEventListener('change', () => {
    const chosen = plans.find((p) => p.id === picker.value);
    store.update({ clause: chosen?.sections[0]?.id ?? null, paragraph: null });
  });
  const open = (state.clause && findSection(plan.sections, state.clause)) || plan.sections[0];
  root.replaceChildren(
    el('div', { class: 'reader-head' }, picker, el('p', { class: 'plan-title' }, plan.title[lang])),
    el(
      'details',
      { class: 'toc' },
      el('summary', {}, t('contents', lang)),
      el('ul', {}, ...plan.sections.map((s) => tocEntry(s, state, store))),
    ),
    open ? sectionView(open, index, state, store, 0) : el('p'),
  );
  const target = state.paragraph ? document.getElementById(`para-${state.paragraph}`) : null;
  target?.scrollIntoView({ block: 'center' });
}
