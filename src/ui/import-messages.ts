import type { DatumChoice } from '../data/datum-hint';
import type { ImportProblem } from '../data/import-file';
import { type Lang, type StringKey, t } from '../i18n/strings';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en-GB');

/** A string with its {placeholders} filled; numbers written the way the language writes them. */
export function fill(template: string, values: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? value.toLocaleString(locale(lang)) : value;
  });
}

/** An import outcome's problem in the user's language. */
export function problemText(problem: ImportProblem, lang: Lang): string {
  return fill(t(problem.key, lang), problem.values ?? {}, lang);
}

const ratioText = (ratio: number) => (ratio >= 10 ? String(Math.round(ratio)) : ratio.toFixed(1).replace(/\.0$/, ''));

/**
 * The datum chooser's evidence in one sentence: "Points sit 4× closer to streets read as GCJ-02
 * (median 12 m, against 48 m as WGS84)", or why the evidence is weak or missing.
 */
export function datumSentence(choice: DatumChoice, lang: Lang): string {
  if (choice.strength === 'none') return t('datumNone', lang);
  const e = choice.evidence;
  const values = {
    ratio: ratioText(e.ratio),
    kind: t(`datumKind.${e.kind}` as StringKey, lang),
    datum: t(`datumShort.${e.best}` as StringKey, lang),
    other: t(`datumShort.${e.runnerUp}` as StringKey, lang),
    // Samples lie tens of metres apart: nearer than 10 m is "on it", not a measured distance.
    best: e.bestM < 10 ? '<10' : Math.round(e.bestM),
    otherM: Math.round(e.runnerUpM),
    agree: Math.round(e.agreement * 100),
  };
  return fill(t(choice.strength === 'clear' ? 'datumClear' : 'datumWeak', lang), values, lang);
}
