import type { Feature, Geometry } from 'geojson';
import { nearestFacilities } from '../analysis/nearest';
import {
  type CompactCollection,
  expandClass,
  NEAREST_OSM_CLASSES,
  type OsmClass,
  osmClass,
} from '../analysis/osm-classes';
import type { Lang } from '../i18n/strings';
import { allLayerData, type Store } from '../state/store';

type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** One fetch per file however many classes read it (parks ≥ 0.3 ha and ≥ 1 ha share a file). */
const files = new Map<string, Promise<CompactCollection>>();

async function fetchFile(file: OsmClass['file']): Promise<CompactCollection> {
  const response = await fetch(`./osm-classes/${file}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const json = (await response.json()) as CompactCollection;
  if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features) || !json.meta)
    throw new Error('not a facility class file');
  return json;
}

export class OsmClassError extends Error {
  constructor(readonly messages: Record<Lang, string>) {
    super(messages.en);
  }
}

/**
 * Loads the OSM facility classes not loaded yet into the store (only when a user picks them: the
 * files are about 1.4 MB together). A failure is a bilingual message; what loaded stays.
 */
export async function ensureOsmClasses(store: Store, ids: readonly string[]): Promise<void> {
  const missing = ids.flatMap((id) => {
    const cls = osmClass(id);
    return cls && !store.get().osmClasses.has(id) ? [cls] : [];
  });
  if (missing.length === 0) return;
  const loaded = await Promise.all(
    missing.map(async (cls) => {
      let pending = files.get(cls.file);
      if (!pending) {
        pending = fetchFile(cls.file);
        files.set(cls.file, pending);
        pending.catch(() => files.delete(cls.file));
      }
      try {
        return [cls.id, expandClass(cls, await pending) as AnyFeature[]] as const;
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        throw new OsmClassError({
          zh: `无法载入 OSM 设施数据 ${cls.file}（${why}）`,
          en: `Could not load the OSM facility data ${cls.file} (${why})`,
        });
      }
    }),
  );
  store.update({ osmClasses: new Map([...store.get().osmClasses, ...loaded]) });
}

/**
 * While nearest uses every mapped feature, loads those classes when the tool is first used, and
 * answers again once they arrive (a click made while they were loading is not lost).
 */
export function watchNearestClasses(store: Store): void {
  // A failure parks the selector on 'failed' until the panel's "Try again" clears the error.
  store.select(
    (s) =>
      s.nearestWith === 'osm' && (s.mode === 'nearest' || s.nearest !== null)
        ? s.nearestClassesError
          ? 'failed'
          : 'load'
        : 'idle',
    (need) => {
      if (need !== 'load' || NEAREST_OSM_CLASSES.every((id) => store.get().osmClasses.has(id))) return;
      store.update({ nearestLoading: true });
      ensureOsmClasses(store, NEAREST_OSM_CLASSES)
        .catch((error: unknown) =>
          store.update({
            nearestClassesError:
              error instanceof OsmClassError ? error.messages : { zh: String(error), en: String(error) },
          }),
        )
        .finally(() => store.update({ nearestLoading: false }));
    },
    { immediate: true },
  );
  store.select(
    (s) => s.osmClasses,
    (_, state) => {
      if (state.nearest?.with !== 'osm') return;
      store.update({
        nearest: nearestFacilities(state.nearest.from, state, (id) => allLayerData(state).get(id) ?? []),
      });
    },
  );
}
