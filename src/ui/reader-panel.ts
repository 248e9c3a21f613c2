import { html, nothing, type TemplateResult } from 'lit-html';
import type { FigureResult } from '../content/figures';
import type { LinkIndex } from '../content/links';
import { englishTitle, sectionHeading } from '../content/section-titles';
import type { PlanDoc, PlanParagraph, PlanSection } from '../content/types';
import { stripBidi } from '../i18n/bidi';
import { unitLabel } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import { type AppState, type Store, showFeatures } from '../state/store';
import type { Panel } from './panel';
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

/** A section's number and title in the reader's language; the untitled opening text of a plan is named as such. */
function headingText(section: PlanSection, lang: Lang): string {
  return stripBidi(sectionHeading(section, lang)) || t('openingText', lang);
}

/** A number the plan states, beside the map's own measure of the same thing and how it was made. */
function figureBox({ spec, measured }: FigureResult, lang: Lang): TemplateResult {
  const value = (n: number) => n.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
  const kind = t(spec.kind === 'target' ? 'figureTarget' : 'figureAchieved', lang);
  return html`<span class="figure-box" data-figure=${spec.id}
    ><strong>${t('planFigure', lang)}: ${spec.label[lang]} ${value(spec.value)} ${unitLabel(spec.unit, lang)} (${kind} ${spec.year})</strong
    >${
      measured
        ? html`<span>${t('mapMeasure', lang)}: ${value(measured.value)} ${unitLabel(spec.unit, lang)} — ${measured.method[lang]}</span>`
        : html`<span>${t('notMeasurable', lang)}: ${spec.notMeasurable?.[lang] ?? ''}</span>`
    }</span
  >`;
}

function paragraphView(paragraph: PlanParagraph, index: LinkIndex, state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const classes = `para para-${paragraph.kind}${state.paragraph === paragraph.id ? ' para-selected' : ''}`;
  const id = `para-${paragraph.id}`;
  if (paragraph.kind === 'figure') {
    return html`<figure class=${classes} id=${id} data-paragraph=${paragraph.id}>
      <figcaption>${stripBidi(paragraph.title ?? '')}</figcaption>
      <p class="hint">${t('figureMissing', lang)}</p>
    </figure>`;
  }
  if (paragraph.kind === 'table') {
    return html`<div class=${classes} id=${id} data-paragraph=${paragraph.id}>
      <p class="box-title">${stripBidi(paragraph.title ?? '')}</p>
      <p class="table-cells">${stripBidi(paragraph.text)}</p>
    </div>`;
  }
  const passage = index.byParagraph.get(paragraph.id);
  const onPlace = (targets: Parameters<typeof showFeatures>[1]) => showFeatures(store, targets);
  const body = passage
    ? passageBody(passage, { lang, index, onPlace })
    : html`<span>${stripBidi(paragraph.text)}</span>`;
  const figures = state.figures.get(paragraph.id) ?? [];
  const places = passage ? [...new Set(passage.mentions.map((m) => m.placeId))] : [];
  const highlightAll = () => {
    const targets = places.flatMap((place) => index.places.get(place)?.targets ?? []);
    showFeatures(store, targets, { also: { paragraph: paragraph.id } });
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && event.target === event.currentTarget) highlightAll();
  };
  return html`<p
    class=${classes}
    id=${id}
    data-paragraph=${paragraph.id}
    tabindex="0"
    title=${places.length > 0 ? t('paragraphPlaces', lang) : nothing}
    @click=${places.length > 0 ? highlightAll : nothing}
    @keydown=${places.length > 0 ? onKey : nothing}
  >${body}${figures.map((figure) => figureBox(figure, lang))}</p>`;
}

function sectionView(
  section: PlanSection,
  index: LinkIndex,
  state: AppState,
  store: Store,
  depth: number,
): TemplateResult {
  const english = state.lang === 'en' ? englishTitle(section.id) : undefined;
  // In English the reviewed translation leads and the plan's own title follows, as the text below is Chinese.
  const heading = html`${headingText(section, state.lang)}${
    english ? html`<span class="clause-heading-zh" lang="zh">${stripBidi(section.title)}</span>` : nothing
  }`;
  const id = `clause-${section.id}`;
  return html`<section class="clause" data-clause=${section.id}>
    ${
      depth === 0
        ? html`<h3 class="clause-heading" id=${id}>${heading}</h3>`
        : html`<h4 class="clause-heading" id=${id}>${heading}</h4>`
    }
    ${section.paragraphs.map((p) => paragraphView(p, index, state, store))}
    ${section.children.map((child) => sectionView(child, index, state, store, depth + 1))}
  </section>`;
}

function tocEntry(section: PlanSection, state: AppState, store: Store): TemplateResult {
  const current = state.clause === section.id;
  const children = section.children.filter((c) => c.kind !== 'item' && c.kind !== 'subsection');
  return html`<li>
    <button
      type="button"
      class="toc-link toc-${section.kind}${current ? ' current' : ''}"
      data-clause=${section.id}
      aria-current=${current ? 'true' : nothing}
      @click=${() => store.update({ clause: section.id, paragraph: null })}
    >${headingText(section, state.lang)}</button>
    ${children.length > 0 ? html`<ul>${children.map((c) => tocEntry(c, state, store))}</ul>` : nothing}
  </li>`;
}

/** One plan at a time: its contents, and the open clause with place links and clickable paragraphs. */
export function readerView(state: AppState, store: Store): TemplateResult {
  const lang: Lang = state.lang;
  const index = state.content;
  if (!index) {
    return html`<p class="hint">
      ${state.contentError ? `${t('textFailed', lang)}: ${state.contentError}` : t('textLoading', lang)}
    </p>`;
  }
  const plans = [...new Set(index.passages.map((p) => p.plan))].sort((a, b) => a.order - b.order);
  const plan = planOfClause(index, state.clause) ?? plans[plans.length - 1];
  if (!plan) return html``;
  const choose = (event: Event) => {
    const chosen = plans.find((p) => p.id === (event.target as HTMLSelectElement).value);
    store.update({ clause: chosen?.sections[0]?.id ?? null, paragraph: null });
  };
  const open = (state.clause && findSection(plan.sections, state.clause)) || plan.sections[0];
  return html`<div class="reader-head">
      <select aria-label=${t('choosePlan', lang)} data-testid="plan-picker" .value=${plan.id} @change=${choose}>
        ${plans.map((p) => html`<option value=${p.id} ?selected=${p.id === plan.id}>${p.year} · ${p.short[lang]}</option>`)}
      </select>
      <p class="plan-title">${plan.title[lang]}</p>
    </div>
    <details class="toc">
      <summary>${t('contents', lang)}</summary>
      <ul>
        ${plan.sections.map((s) => tocEntry(s, state, store))}
      </ul>
    </details>
    ${open ? sectionView(open, index, state, store, 0) : nothing}`;
}

export const readerPanel: Panel = {
  reads: (s) => [s.lang, s.clause, s.paragraph, s.content, s.contentError, s.figures],
  view: readerView,
};
