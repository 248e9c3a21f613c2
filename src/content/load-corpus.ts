import type { PlanCorpus } from './types';

/** Fetches text/plans.json and checks it is the version this code reads; failures become messages. */
export async function loadCorpus(
  url: string | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<{ ok: true; corpus: PlanCorpus } | { ok: false; message: string }> {
  if (!url) return { ok: false, message: 'no plan text in this build' };
  try {
    const response = await fetchImpl(url);
    if (!response.ok) return { ok: false, message: `HTTP ${response.status}` };
    const json = (await response.json()) as Partial<PlanCorpus>;
    if (json.version !== 1 || !Array.isArray(json.plans)) return { ok: false, message: 'unknown plan-text format' };
    return { ok: true, corpus: json as PlanCorpus };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
