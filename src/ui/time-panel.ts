import { html, nothing, svg, type TemplateResult } from 'lit-html';
import { FIGURES, type FigureResult } from '../content/figures';
import { planChanges, undatedLines } from '../content/plan-changes';
import { unitLabel } from '../i18n/fields';
import { type Lang, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import { setCompareYear, setSplit, setTimeline, setTimelineYear } from '../state/time';
import type { Panel } from './panel';

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

function yearSelect(id: string, value: number, onChange: (year: number) => void): TemplateResult {
  return html`<select
    id=${id}
    data-testid=${id}
    .value=${String(value)}
    @change=${(event: Event) => onChange(Number((event.target as HTMLSelectElement).value))}
  >
    ${TIMELINE_YEARS.map((y) => html`<option value=${String(y)} ?selected=${y === value}>${y}</option>`)}
  </select>`;
}

/**
 * The figures the plans state for one quantity, by year, each point opening its sentence; the map's
 * own measure, where it has one, as a hollow point at today's data year.
 */
function targetChart(quantity: FigureResult['spec']['quantity'], state: AppState, store: Store) {
  const lang = state.lang;
  const results = [...state.figures.values()].flat().filter((f) => f.spec.quantity === quantity);
  if (results.length === 0) return nothing;
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
  const label = results[0]?.spec.label[lang] ?? quantity;
  const open = (result: FigureResult) => () => {
    const paragraph = [...state.figures.entries()].find(([, list]) => list.includes(result))?.[0];
    if (paragraph) store.update({ tab: 'plans', clause: paragraph.split('/').slice(0, -1).join('/'), paragraph });
  };
  const dots = points.map(
    (p) => svg`<circle
        cx=${x(p.year)}
        cy=${y(p.value)}
        r="5"
        fill=${p.result.spec.kind === 'target' ? '#e66100' : '#1a5fb4'}
        tabindex="0"
        @click=${open(p.result)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') open(p.result)();
        }}
      ><title>${p.year}: ${p.value.toLocaleString()} ${unitLabel(p.result.spec.unit, lang)}</title></circle>
      <text x=${x(p.year)} y=${y(p.value) - 9} text-anchor="middle" font-size="10">${p.value.toLocaleString()}</text>
      <text x=${x(p.year)} y=${h - pad + 14} text-anchor="middle" font-size="10">${p.year}</text>`,
  );
  const own = measured
    ? svg`<circle cx=${x(2026)} cy=${y(measured.value)} r="5" fill="none" stroke="#26a269" stroke-width="2"></circle>
        <text x=${x(2026)} y=${y(measured.value) - 9} text-anchor="middle" font-size="10">${measured.value.toLocaleString()}</text>`
    : nothing;
  return html`<figure class="target" data-quantity=${quantity}>
    <figcaption>${label} (${unitLabel(results[0]?.spec.unit ?? '', lang)})</figcaption>
    <svg viewBox="0 0 ${w} ${h}" class="target-chart" role="img" aria-label=${label}>
      <line x1=${pad} y1=${h - pad} x2=${w - pad} y2=${h - pad} stroke="#999"></line>
      ${dots} ${own}
    </svg>
    <p class="hint">${t('chartLegend', lang)}</p>
  </figure>`;
}

/** Timeline, split-view comparison, what changed, and the plans' targets over time. */
export function timeView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const year = state.filters.year;
  const checked = (event: Event) => (event.target as HTMLInputElement).checked;
  const toggleTimeline = (event: Event) => store.update(setTimeline(store.get(), checked(event)));
  const toggleSplit = (event: Event) => store.update(setSplit(store.get(), checked(event)));
  const chooseYear = (side: 'from' | 'to') => (value: number) => store.update(setCompareYear(store.get(), side, value));

  const props = state.featureProps;
  const { from, to } = state.compare;
  const changes = props.size > 0 ? planChanges(props, from, to) : { added: [], pending: [], renamed: [], dropped: [] };
  const undated = props.size > 0 ? undatedLines(props) : { unknown: [], unverified: [] };
  const name = (item: { name_zh: string; name_en: string }) => (lang === 'zh' ? item.name_zh : item.name_en);
  const list = (title: string, items: string[], testId: string) =>
    items.length > 0
      ? html`<div data-testid=${testId}>
          <h4>${title} (${items.length})</h4>
          <ul>
            ${items.map((i) => html`<li>${i}</li>`)}
          </ul>
        </div>`
      : nothing;

  return html`<section class="tool">
      <h3>${t('timelineTitle', lang)}</h3>
      <label for="timeline-on"
        ><input
          type="checkbox"
          id="timeline-on"
          data-testid="timeline-on"
          .checked=${year !== null}
          @change=${toggleTimeline}
        />${t('timelineOn', lang)}</label
      >
      <div class="timeline">
        <input
          type="range"
          min="0"
          max=${TIMELINE_YEARS.length - 1}
          step="1"
          id="timeline-year"
          data-testid="timeline-year"
          aria-label=${t('timelineYear', lang)}
          .value=${String(Math.max(0, TIMELINE_YEARS.indexOf(year ?? 2015)))}
          ?disabled=${year === null || state.compare.on}
          @input=${(event: Event) =>
            store.update(
              setTimelineYear(store.get(), TIMELINE_YEARS[Number((event.target as HTMLInputElement).value)] ?? 2015),
            )}
        />
        <output for="timeline-year" data-testid="timeline-label">${year === null ? t('today', lang) : year}</output>
      </div>
      ${year !== null ? html`<p class="hint">${planInForce(year, lang)}. ${t('timelineNote', lang)}</p>` : nothing}
      ${year !== null && state.compare.on ? html`<p class="hint">${t('timelineWhileSplit', lang)}</p>` : nothing}
      ${list(t('undatedLines', lang), undated.unknown.map(name), 'undated')}
      ${list(t('unverifiedDates', lang), undated.unverified.map(name), 'unverified')}
    </section>
    <section class="tool">
      <h3>${t('compareTitle', lang)}</h3>
      <label for="compare-on"
        ><input
          type="checkbox"
          id="compare-on"
          data-testid="compare-on"
          .checked=${state.compare.on}
          @change=${toggleSplit}
        />${t('compareOn', lang)}</label
      >
      <div class="compare-years">
        <label>${t('compareLeft', lang)} ${yearSelect('compare-from', from, chooseYear('from'))}</label>
        <label>${t('compareRight', lang)} ${yearSelect('compare-to', to, chooseYear('to'))}</label>
      </div>
      <p class="hint">${from} → ${to}</p>
      ${list(t('changeAdded', lang), changes.added.map(name), 'changes-added')}
      ${list(
        t('changePending', lang),
        changes.pending.map((c) => `${name(c)} (${t(`status.${c.status}` as 'status.operating', lang)})`),
        'changes-pending',
      )}
      ${list(
        t('changeRenamed', lang),
        changes.renamed.map((c) => `${c.from ? name(c.from) : ''} → ${name(c)}`),
        'changes-renamed',
      )}
      ${list(t('changeDropped', lang), changes.dropped.map(name), 'changes-dropped')}
    </section>
    <section class="tool">
      <h3>${t('targetsTitle', lang)}</h3>
      ${[...new Set(FIGURES.map((f) => f.quantity))].map((q) => targetChart(q, state, store))}
    </section>`;
}

/** The time tools, loaded and mounted when the Time tab is first opened. */
export const timePanel: Panel = {
  reads: (s) => [s.lang, s.filters, s.compare, s.visible, s.figures, s.featureProps],
  view: timeView,
};
