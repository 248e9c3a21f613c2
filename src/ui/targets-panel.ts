import { html, nothing, type TemplateResult } from 'lit-html';
import type { TargetMeasures } from '../analysis/targets';
import { type TargetRow, targetRows, targetSentence } from '../content/plan-targets';
import { stripBidi } from '../i18n/bidi';
import { type Lang, t } from '../i18n/strings';
import type { AppState, Store } from '../state/store';
import type { Panel } from './panel';
import { passageReference } from './passage-view';

const line = (label: string, text: string | undefined) =>
  text ? html`<p class="target-line"><span class="target-label">${label}</span> ${text}</p>` : nothing;

function rowView(row: TargetRow, measures: TargetMeasures, lang: Lang, store: Store): TemplateResult {
  const { spec, passage, measured } = row;
  const breakdown = spec.breakdown?.(measures);
  const open = () => {
    if (passage) store.update({ tab: 'plans', clause: passage.section.id, paragraph: passage.paragraph.id });
  };
  return html`<li class="target-row" data-target=${spec.id} data-testable=${String(!spec.reason)}>
    <p class="target-name">${spec.target[lang]}</p>
    ${
      passage
        ? html`<blockquote class="target-sentence">${stripBidi(targetSentence(passage.paragraph.text, spec.phrase))}</blockquote>
          <button type="button" class="link" data-testid="target-passage" @click=${open}>
            ${passageReference(passage, lang)}
          </button>`
        : html`<p class="hint">${t('targetNoPassage', lang)}</p>`
    }
    ${
      spec.reason
        ? line(t('targetNotTestable', lang), spec.reason[lang])
        : html`${line(t('targetMeasured', lang), measured?.[lang] ?? '—')} ${line(t('targetMethod', lang), spec.method?.[lang])}
          ${line(t('targetData', lang), spec.data?.[lang])} ${line(t('targetUncertainty', lang), spec.uncertainty?.[lang])}`
    }
    ${
      breakdown
        ? html`<details>
            <summary>${t('targetByArea', lang)}</summary>
            <table class="coverage-table">
              <thead>
                <tr>${breakdown.head.map((h, i) => html`<th scope="col" class=${i === 0 ? 'left' : ''}>${h[lang]}</th>`)}</tr>
              </thead>
              <tbody>
                ${breakdown.rows.map(
                  (r) => html`<tr><th scope="row">${r.name[lang]}</th>${r.values.map((v) => html`<td>${v}</td>`)}</tr>`,
                )}
              </tbody>
            </table>
          </details>`
        : nothing
    }
  </li>`;
}

function body(state: AppState, store: Store): TemplateResult {
  const lang = state.lang;
  const loaded = state.targets;
  if (loaded.state === 'failed')
    return html`<p class="layer-status failed" role="alert">${t('targetLoadFailed', lang)} (${loaded.message})</p>`;
  if (loaded.state !== 'ready') return html`<p role="status">${t('running', lang)}…</p>`;
  if (!state.content) return html`<p role="status">${t('targetWaitText', lang)}</p>`;
  const rows = targetRows(state.content, loaded.measures, state.featureProps);
  const measures = loaded.measures;
  return html`<p class="hint">${t('targetIntro', lang)}</p>
    <ol class="target-list" data-testid="target-rows">
      ${rows.map((row) => rowView(row, measures, lang, store))}
    </ol>`;
}

/**
 * The plans' targets checked against the map: each target with its sentence (a link opens it in
 * the reader), the measured value, method, data, and what the number cannot say. The measures are
 * fetched (app/targets.ts) when the section is first opened.
 */
export const targetsPanel: Panel = {
  reads: (s) => [s.lang, s.targets, s.content, s.featureProps],
  view: (state, store) => {
    const toggle = (event: Event) => {
      const state = store.get().targets.state;
      if ((event.currentTarget as HTMLDetailsElement).open && (state === 'idle' || state === 'failed'))
        store.update({ targets: { state: 'loading' } });
    };
    return html`<details class="targets" data-testid="targets" @toggle=${toggle}>
      <summary><h3>${t('targetsCheckTitle', state.lang)}</h3></summary>
      ${state.targets.state !== 'idle' ? body(state, store) : nothing}
    </details>`;
  },
};
