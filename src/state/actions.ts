import { type Store, showFeatures } from './store';

/** Opens the citizen view of one district (by slug) and shows it on the map; null closes it. */
export function openDistrict(store: Store, slug: string | null): void {
  store.update({ district: slug, selected: null, tab: 'feature', highlighted: [] });
  if (slug) showFeatures(store, [{ layerId: 'base-districts', featureId: slug }], { select: false });
}
