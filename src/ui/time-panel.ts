import { FIGURES, type FigureResult } from '../content/figures';
import { planChanges, undatedLines } from '../content/plan-changes';
import { type Lang, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { el, replaceKeepingFocus } from './dom';

/** The years the timeline offers: every year the plans cover, and 2035 for the long-range goals. */
export const TIMELINE_YEARS = [...Array.from({ length: 16 }, (_, i) => 2010 + i), 2035];

/** The plan in force in a year, as far as the five texts go. */
export function planInForce(year: number, lang: Lang): string {
  if (year < 2011) return t('inForce2010', lang);
  if (year <= 2015) return t('inForce12', lang);
  if (year <= 2020) return t('inForce13', lang);
  if (year <= 2025) return t('inForce14', lang);
  return t('inForce2035', lang);
}

function yearSelect(id: string, value: number, onChange: (year: number) => void): HTMLSelectElement {
  const select = el(
    'select',
    { id, 'data-testid': id },
    ...TIMELINE_YEARS.map((y) => el('option', { value: String(y) }, String(y))),
  );
  select.value = String(value);
  select.addEventListener('change', () => onChange(Number(select.value)));
  return select;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
}

/**
 * The figures the plans state for one quantity, by year, each point opening its sentence; the map's
 * own measure, where it has one, as a hollow point at today's data year.
 */
function targetChart(quantity: FigureResult['spec']['quantity'], state: AppState, store: Store): HTMLElement | null {
  const lang = state.lang;
  const results = [...state.figures.values()].flat().filter((f) => f.spec.quantity === quantity);
  if (results.length === 0) return null;
  const measured = results.find((r) => r.measured)?.measured ?? null;
  const points = results.map((r) => ({ year: r.spec.year, value: r.spec.value, result: r }));
  const values = [...points.map((p) => p.value), measured?.value ?? 0];
  const years = [...points.map((p) => p.year), 2026];
  const [w, h, pad] = [300, 120, 28];
  const x0 = Math.min(...years) - 1;
  const x1 = Math.max(...years) + 1;
  const yMax = Math.max(...values) * 1.15;
  const x = (year: number) => pad + ((year - x0) / (x1 - x0)) * (w - 2 * pad);
  const y = (value: number) => h - pad - (value / yMax) * (h - 2 * pad);
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, class: 'target-chart', role: 'img' });
  chart.append(svg('line', { x1: pad, y1: h - pad, x2: w - pad, y2: h - pad, stroke: '#999' }));
  const label = results[0]?.spec.label[lang] ?? quantity;
  chart.setAttribute('aria-label', label);
  for (const p of points) {
    const dot = svg('circle', {
      cx: x(p.year),
      cy: y(p.value),
      r: 5,
      fill: p.result.spec.kind === 'target' ? '#e66100' : '#1a5fb4',
      tabindex: 0,
    });
    const title = svg('title', {});
    title.textContent = `${p.year}: ${p.value.toLocaleString()} ${p.result.spec.unit}`;
    dot.append(title);
    const open = () => {
      const paragraph = [...state.figures.entries()].find(([, list]) => list.includes(p.result))?.[0];
      if (paragraph) store.update({ tab: 'plans', clause: paragraph.split('/').slice(0, -1).join('/'), paragraph });
    };
    dot.addEventListener('click', open);
    dot.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') open();
    });
    const text = svg('text', { x: x(p.year), y: y(p.value) - 9, 'text-anchor': 'middle', 'font-size': 10 });
    text.textContent = `${p.value.toLocaleString()}`;
    const yearText = svg('text', { x: x(p.year), y: h - pad + 14, 'text-anchor': 'middle', 'font-size': 10 });
    yearText.textContent = String(p.year);
    chart.append(dot, text, yearText);
  }
  if (measured) {
    chart.append(
      svg('circle', { cx: x(2026), cy: y(measured.value), r: 5, fill: 'none', stroke: '#26a269', 'stroke-width': 2 }),
    );
    const text = svg('text', { x: x(2026), y: y(measured.value) - 9, 'text-anchor': 'middle', 'font-size': 10 });
    text.textContent = `${measured.value.toLocaleString()}`;
    chart.append(text);
  }
  return el(
    'figure',
    { class: 'target', 'data-quantity': quantity },
    el('figcaption', {}, `${label} (${results[0]?.spec.unit ?? ''})`),
    chart,
    el('p', { class: 'hint' }, t('chartLegend', lang)),
  );
}

/** Timeline, split-view comparison, what changed, and the plans' targets over time. */
export function renderTimePanel(root: HTMLElement, state: AppState, store: Store): void {
  const lang = state.lang;
  const year = state.filters.year;
  const setYear = (value: number | null) => store.update({ filters: { ...store.get().filters, year: value } });
  const on = el('input', { type: 'checkbox', id: 'timeline-on', 'data-testid': 'timeline-on' });
  on.checked = year !== null;
  on.addEventListener('change', () => {
    // Both new-town layers are needed on the timeline: the year decides which one shows.
    const visible = new Set(store.get().visible);
    if (on.checked) visible.add('new-towns-12th').add('new-towns');
    store.update({ visible, filters: { ...store.get().filters, year: on.checked ? 2015 : null } });
  });
  const slider = el('input', {
    type: 'range',
    min: '0',
    max: String(TIMELINE_YEARS.length - 1),
    step: '1',
    id: 'timeline-year',
    'data-testid': 'timeline-year',
    'aria-label': t('timelineYear', lang),
  });
  slider.value = String(Math.max(0, TIMELINE_YEARS.indexOf(year ?? 2015)));
  slider.disabled = year === null;
  slider.addEventListener('input', () => setYear(TIMELINE_YEARS[Number(slider.value)] ?? 2015));

  const props = state.featureProps;
  const from = year ?? 2015;
  const to = state.compareYear ?? 2025;
  const changes = props.size > 0 ? planChanges(props, from, to) : { added: [], renamed: [], dropped: [] };
  const undated = props.size > 0 ? undatedLines(props) : { unknown: [], unverified: [] };
  const name = (item: { name_zh: string; name_en: string }) => (lang === 'zh' ? item.name_zh : item.name_en);
  const list = (title: string, items: string[], testId: string) =>
    items.length > 0
      ? el(
          'div',
          { 'data-testid': testId },
          el('h4', {}, `${title} (${items.length})`),
          el('ul', {}, ...items.map((i) => el('li', {}, i))),
        )
      : null;

  const split = el('input', { type: 'checkbox', id: 'compare-on', 'data-testid': 'compare-on' });
  split.checked = state.compareYear !== null;
  split.addEventListener('change', () => {
    const current = store.get();
    const visible = new Set(current.visible);
    if (split.checked) visible.add('new-towns-12th').add('new-towns');
    store.update({
      visible,
      compareYear: split.checked ? 2025 : null,
      filters: split.checked && current.filters.year === null ? { ...current.filters, year: 2015 } : current.filters,
    });
  });

  replaceKeepingFocus(
    root,
    el(
      'section',
      { class: 'tool' },
      el('h3', {}, t('timelineTitle', lang)),
      el('label', { for: 'timeline-on' }, on, t('timelineOn', lang)),
      el(
        'div',
        { class: 'timeline' },
        slider,
        el(
          'output',
          { for: 'timeline-year', 'data-testid': 'timeline-label' },
          year === null ? t('today', lang) : String(year),
        ),
      ),
      year !== null ? el('p', { class: 'hint' }, `${planInForce(year, lang)}. ${t('timelineNote', lang)}`) : null,
      list(t('undatedLines', lang), undated.unknown.map(name), 'undated'),
      list(t('unverifiedDates', lang), undated.unverified.map(name), 'unverified'),
    ),
    el(
      'section',
      { class: 'tool' },
      el('h3', {}, t('compareTitle', lang)),
      el('label', { for: 'compare-on' }, split, t('compareOn', lang)),
      el(
        'div',
        { class: 'compare-years' },
        el(
          'label',
          {},
          t('compareLeft', lang),
          yearSelect('compare-from', from, (y) => setYear(y)),
        ),
        el(
          'label',
          {},
          t('compareRight', lang),
          yearSelect('compare-to', to, (y) => store.update({ compareYear: y })),
        ),
      ),
      el('p', { class: 'hint' }, `${from} → ${to}`),
      list(t('changeAdded', lang), changes.added.map(name), 'changes-added'),
      list(
        t('changeRenamed', lang),
        changes.renamed.map((c) => `${c.from ? name(c.from) : ''} → ${name(c)}`),
        'changes-renamed',
      ),
      list(t('changeDropped', lang), changes.dropped.map(name), 'changes-dropped'),
    ),
    el(
      'section',
      { class: 'tool' },
      el('h3', {}, t('targetsTitle', lang)),
      ...[...new Set(FIGURES.map((f) => f.quantity))].map((q) => targetChart(q, state, store) ?? el('span')),
    ),
  );
}
