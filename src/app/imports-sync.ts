import { type ImportedLayer, importsDb } from '../data/imports-db';
import { t } from '../i18n/strings';
import { ignoredNotice } from '../state/link-check';
import type { Store } from '../state/store';

type Db = Pick<typeof importsDb, 'all' | 'put' | 'remove'>;

/** The imported feature a link names (`sel=import-…/<index>`), if that import is still here. */
function linkedFeature(imports: readonly ImportedLayer[], selected: string) {
  const [layerId = '', featureId = ''] = selected.split('/');
  const layer = imports.find((l) => l.id === layerId);
  const feature = layer && /^\d+$/.test(featureId) ? layer.collection.features[Number(featureId)] : undefined;
  return layer && feature ? { layer, featureId, properties: feature.properties ?? {} } : null;
}

/**
 * Keeps the user's imported layers in this browser (IndexedDB): restores them on start, opens the
 * imported feature a link selects once its layer is back, and writes every addition and removal
 * made in the store. Panels only change the store.
 */
export async function syncImports(store: Store, link: { selected: string | null }, db: Db = importsDb): Promise<void> {
  const kept = new Set<string>();
  let restored: ImportedLayer[] = [];
  try {
    restored = await db.all();
  } catch {
    // No IndexedDB (private browsing, old browser): imports still work for this visit.
  }
  for (const layer of restored) kept.add(layer.id);
  const state = store.get();
  if (restored.length > 0)
    store.update({ imports: restored, visible: new Set([...state.visible, ...restored.map((l) => l.id)]) });
  const selected = link.selected;
  if (selected?.startsWith('import-')) {
    const hit = linkedFeature(restored, selected);
    const now = store.get();
    if (hit)
      store.update({
        selected: {
          layerId: hit.layer.id,
          featureId: hit.featureId,
          properties: { ...hit.properties, layer: hit.layer.name },
        },
        tab: 'feature',
      });
    else store.update({ notices: [...now.notices, ...ignoredNotice([`sel=${selected}`], now.lang)] });
  }

  store.select(
    (s) => s.imports,
    (imports) => {
      const ids = new Set(imports.map((l) => l.id));
      for (const layer of imports) {
        if (kept.has(layer.id)) continue;
        kept.add(layer.id);
        db.put(layer).catch(() => {
          const now = store.get();
          store.update({ notices: [...now.notices, `${layer.name}: ${t('importNotKept', now.lang)}`] });
        });
      }
      for (const id of [...kept]) {
        if (ids.has(id)) continue;
        kept.delete(id);
        void db.remove(id).catch(() => undefined);
      }
      const chosen = store.get().selected;
      if (chosen?.layerId.startsWith('import-') && !ids.has(chosen.layerId)) store.update({ selected: null });
    },
  );
}
