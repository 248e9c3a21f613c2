import { html, nothing, type TemplateResult } from 'lit-html';
import { featuresInView, type InViewItem } from '../analysis/features-in-view';
import { stripBidi } from '../i18n/bidi';
import { formatValue } from '../i18n/fields';
import { type Lang, type StringKey, t } from '../i18n/strings';
import { findLayer } from '../registry/layers';
import { type AppState, type Store, showFeatures } from '../state/store';
import type { Panel } from './panel';

const ACCURACIES = new Set(['surveyed', 'derived', 'approximate']);

/** Status and accuracy in words, so nothing the map says by colour or dash alone is lost. */
function itemDetails(item: InViewItem, lang: Lang): string {
  const parts: string[] = [];
  if (item.status) parts.push(formatValue(item.status, lang));
  if (item.accuracy === 'approximate' || (item.accuracy && !ACCURACIES.has(item.accuracy)))
    parts.push(ACCURACIES.has(item.accuracy) ? t(`accuracy.${item.accuracy}` as StringKey, lang) : item.accuracy);
  return parts.join(' · ');
}

/**
 * The text alternative to the map: the features of the visible layers within the current view,
 * by layer, each a button that selects it; it follows the map as it moves.
 */
export function inViewView(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  if (!state.bounds) return html`<p class="hint">${t('loading', lang)}</p>`;
  const groups = featuresInView(state.features, state.visible, state.filters, state.bounds, lang);
  const open = (layerId: string, item: InViewItem) => () => {
    showFeatures(store, [{ layerId, featureId: item.featureId }], { fly: false, also: { tab: 'feature' } });
    // The list is hidden now: the focus follows the user to the feature they chose.
    document.getElementById('tabpanel-feature')?.focus();
  };
  return html`<section class="in-view" data-testid="in-view" aria-labelledby="in-view-title">
    <h2 id="in-view-title">${t('inViewTitle', lang)}</h2>
    <p class="hint">${t('inViewHint', lang)}</p>
    ${groups.length === 0 ? html`<p class="hint">${t('inViewNone', lang)}</p>` : nothing}
    ${groups.map((group) => {
      const title = findLayer(group.layerId)?.title[lang] ?? group.layerId;
      const count = group.items.length + group.more;
      return html`<section class="in-view-layer" data-layer=${group.layerId}>
        <h3 id=${`in-view-${group.layerId}`}>${title} (${count})</h3>
        <ul aria-labelledby=${`in-view-${group.layerId}`}>
          ${group.items.map((item) => {
            const details = itemDetails(item, lang);
            return html`<li>
              <button type="button" class="text-button" data-feature=${item.featureId} @click=${open(group.layerId, item)}
                >${stripBidi(lang === 'zh' ? item.name_zh : item.name_en)}</button
              >${details ? html`<span class="hint"> · ${details}</span>` : nothing}
            </li>`;
          })}
        </ul>
        ${group.more > 0 ? html`<p class="hint">${t('inViewMore', lang).replace('{n}', String(group.more))}</p>` : nothing}
      </section>`;
    })}
  </section>`;
}

export const inViewPanel: Panel = {
  reads: (s) => [s.lang, s.bounds, s.features, s.visible, s.filters],
  view: inViewView,
};
