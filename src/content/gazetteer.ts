/**
 * The gazetteer: every name (Chinese, English, aliases) a plan text may use for something on the
 * map, and the features it stands for. Pure; built from the loaded layers plus the alias table.
 */

export interface FeatureKey {
  layerId: string;
  featureId: string;
}

export interface Place {
  /** Stable id of the entry, e.g. "new-towns/new-town-jiading" or "alias/huangpu-river". */
  id: string;
  name_zh: string;
  name_en: string;
  /** Every string that names it in the texts (Chinese) and in English search. */
  names_zh: string[];
  names_en: string[];
  targets: FeatureKey[];
  /** Why an alias points where it does, when that is a choice. */
  note?: string;
}

export interface GazetteerFeature {
  id: string;
  name_zh: string;
  name_en: string;
  /** Further Chinese forms the plans use, carried by the place-inventory layers. */
  aliases_zh?: readonly string[];
}

/** Layers whose features are places a plan speaks of. Stations are left out: their names are
 * mostly also the names of the areas around them, which the areas' own entries cover. */
export const LINKED_LAYERS = [
  'key-areas',
  'gateways',
  'intercity-rail',
  'facilities',
  'water-bodies',
  'new-towns',
  'new-towns-12th',
  'waterfront-segments',
  'river-lines',
  'rail-lines',
  'parks',
  'industrial-parks',
  'base-districts',
  'base-water',
] as const;

interface AliasSpec {
  id: string;
  name_zh: string;
  name_en: string;
  names_zh: string[];
  names_en?: string[];
  targets: [string, string][];
  note?: string;
}

/**
 * Names the features do not carry themselves. Ambiguity is settled here on purpose:
 * longest match wins in the text, so "嘉定新城" is the new town and a bare "嘉定" the district.
 */
export const ALIASES: AliasSpec[] = [
  {
    id: 'huangpu-river',
    name_zh: '黄浦江',
    name_en: 'Huangpu River',
    names_zh: ['黄浦江', '浦江两岸'],
    names_en: ['Huangpu', 'Huangpu River'],
    targets: [
      ['river-lines', 'huangpu-upper'],
      ['river-lines', 'huangpu-central'],
      ['river-lines', 'huangpu-mouth'],
    ],
  },
  {
    id: 'suzhou-creek',
    name_zh: '苏州河',
    name_en: 'Suzhou Creek',
    names_zh: ['苏州河', '苏河'],
    names_en: ['Suzhou Creek'],
    targets: [['river-lines', 'suzhou-creek']],
  },
  {
    id: 'one-river-one-creek',
    name_zh: '一江一河',
    name_en: 'One river, one creek',
    names_zh: ['一江一河'],
    names_en: ['one river one creek'],
    targets: [
      ['river-lines', 'huangpu-central'],
      ['river-lines', 'suzhou-creek'],
      ['waterfront-segments', 'huangpu-core-corridor'],
      ['waterfront-segments', 'suzhou-creek-central-corridor'],
    ],
  },
  {
    id: 'nanhui-new-town',
    name_zh: '南汇新城',
    name_en: 'Nanhui New Town',
    names_zh: ['南汇新城', '临港新城', '南汇'],
    names_en: ['Lingang New Town'],
    targets: [
      ['new-towns', 'new-town-nanhui'],
      ['new-towns-12th', 'p12-new-town-nanhui'],
    ],
  },
  {
    id: 'nanqiao-new-town',
    name_zh: '南桥新城',
    name_en: 'Nanqiao New Town',
    names_zh: ['南桥新城', '南桥'],
    names_en: ['Nanqiao'],
    targets: [
      ['new-towns', 'new-town-fengxian'],
      ['new-towns-12th', 'p12-new-town-fengxian'],
    ],
    note: 'The 12th plan’s Nanqiao new town is the core of what the 14th plan calls Fengxian New Town',
  },
  {
    id: 'lujiazui',
    name_zh: '陆家嘴',
    name_en: 'Lujiazui',
    names_zh: ['陆家嘴'],
    names_en: ['Lujiazui'],
    targets: [['waterfront-segments', 'lujiazui-riverside']],
  },
  {
    id: 'expo-area',
    name_zh: '世博地区',
    name_en: 'Expo area',
    names_zh: ['世博地区', '世博园区', '世博滨江', '世博'],
    names_en: ['Expo'],
    targets: [['waterfront-segments', 'expo-riverside']],
    note: '"世博会" (the 2010 Expo itself) and "世博精神" are not places and are not linked',
  },
  {
    id: 'west-bund',
    name_zh: '徐汇滨江',
    name_en: 'West Bund',
    names_zh: ['徐汇滨江', '西岸'],
    names_en: ['West Bund', 'Xuhui Riverside'],
    targets: [['waterfront-segments', 'xuhui-riverside']],
  },
  {
    id: 'ring-park-belt',
    name_zh: '环城生态公园带',
    name_en: 'Ring-city park belt',
    names_zh: ['环城生态公园带', '环城公园带', '环城绿带'],
    targets: [['parks', 'ring-city-park-belt']],
  },
  {
    id: 'maglev',
    name_zh: '磁浮线',
    name_en: 'Maglev',
    names_zh: ['磁悬浮', '磁浮'],
    names_en: ['Maglev'],
    targets: [['rail-lines', 'maglev']],
  },
];

/** Strings that contain a place name but are not the place. */
export const NOT_PLACES = [
  '世博会',
  '世博精神',
  '上海世博',
  '黄浦区域',
  '世博理念',
  '世博经验',
  '世博信息化',
  '世博票务',
  '世博门票',
  '世博安保',
  '世博科技',
  '世博城市',
];

/** "浦东新区" -> ["浦东"], "嘉定区" -> ["嘉定"]: the short forms texts use for districts. */
function districtShortNames(name: string): string[] {
  const short = name.replace(/(新区|区)$/, '');
  return short !== name && short.length >= 2 ? [short] : [];
}

/** "嘉闵线（含北延伸）" -> "嘉闵线": the name without its bracketed gloss. */
function withoutGloss(name: string): string {
  return name.replace(/（[^）]*）|\([^)]*\)/g, '').trim();
}

export function buildGazetteer(layers: ReadonlyMap<string, readonly GazetteerFeature[]>): Place[] {
  const places: Place[] = [];
  for (const layerId of LINKED_LAYERS) {
    for (const feature of layers.get(layerId) ?? []) {
      // The same place in two layers (a new town in the 12th and the 14th plan) is one entry.
      const same = places.find((p) => p.name_zh === feature.name_zh);
      if (same) {
        same.targets.push({ layerId, featureId: feature.id });
        continue;
      }
      const names = new Set([feature.name_zh, withoutGloss(feature.name_zh), ...(feature.aliases_zh ?? [])]);
      if (layerId === 'base-districts') for (const short of districtShortNames(feature.name_zh)) names.add(short);
      places.push({
        id: `${layerId}/${feature.id}`,
        name_zh: feature.name_zh,
        name_en: feature.name_en,
        names_zh: [...names].filter((n) => n.length >= 2),
        names_en: [feature.name_en, withoutGloss(feature.name_en)],
        targets: [{ layerId, featureId: feature.id }],
      });
    }
  }
  const known = new Set(places.flatMap((p) => p.targets.map((t) => `${t.layerId}/${t.featureId}`)));
  const aliases: Place[] = [];
  for (const alias of ALIASES) {
    const targets = alias.targets
      .filter(([layerId, featureId]) => known.has(`${layerId}/${featureId}`))
      .map(([layerId, featureId]) => ({ layerId, featureId }));
    if (targets.length === 0) continue;
    aliases.push({
      id: `alias/${alias.id}`,
      name_zh: alias.name_zh,
      name_en: alias.name_en,
      names_zh: alias.names_zh,
      names_en: alias.names_en ?? [alias.name_en],
      targets,
      ...(alias.note ? { note: alias.note } : {}),
    });
  }
  // Aliases first: where an alias and a feature share a name ("黄浦江" for the whole river and for
  // its central reach), the text means the alias.
  return [...aliases, ...places];
}
