/**
 * The Chinese of every feature's English `note`. Notes written by hand come from
 * data/notes-zh.json (`notes`: a whole note or one sentence of it → Chinese). Notes the build writes
 * from a template (edges of a drawn outline, OSM outlines, simplification figures, distances) are
 * translated here by the same template in Chinese, so their numbers, names and file paths are
 * carried over as they are; the free text a template is filled with (where a point was placed,
 * where a waterfront segment ends) comes from `parts` in the same file.
 */
import { readDataFile } from './data-files';
import type { LayerFeature } from './feature';

interface NotesFile {
  notes: Record<string, string>;
  parts: Record<string, string>;
}

export class NoteTable {
  readonly used = new Set<string>();
  constructor(readonly file: NotesFile) {}

  private look(kind: 'notes' | 'parts', en: string): string | undefined {
    const zh = Object.hasOwn(this.file[kind], en) ? this.file[kind][en] : undefined;
    if (zh) this.used.add(`${kind}:${en}`);
    return zh;
  }

  note = (en: string) => this.look('notes', en);
  part = (en: string) => this.look('parts', en);

  /** Keys of the file that no current note needs: translations of notes that are gone. */
  stale(): string[] {
    return (['notes', 'parts'] as const).flatMap((kind) =>
      Object.keys(this.file[kind])
        .filter((en) => !this.used.has(`${kind}:${en}`))
        .map((en) => `${kind}: ${en}`),
    );
  }
}

export const readNoteTable = () => new NoteTable(readDataFile<NotesFile>('notes-zh.json'));

/** "~4 km" / "~300 m" (how build-places writes a radius) in Chinese. */
const within = (r: string) => r.replace(/^~([\d.]+) km$/, '约$1公里').replace(/^~(\d+) m$/, '约$1米');
const names = (list: string) =>
  list
    .split(' / ')
    .map((name) => `“${name}”`)
    .join('、');

/** One edge of an outline drawn edge by edge (boundary-edges.ts), e.g. "北至大叶公路: OSM 大叶公路 in <file> (OSM <date>), median 8 m from it". */
const EDGE =
  /([^:;]+): (?:OSM (.+?) in (\S+)(?: \(OSM ([\d-]+)\))?|straight line \(no open geometry of ([^;]+); ±(\d+) m\)|(the coast of the OSM district outlines \(drawn at sea, then clipped\)))(?:, median (\d+) m from it)?(?:; |$)/y;

function edgeLabel(label: string): string {
  return label
    .replace(/ \((\S+) reach left out\)/, '（$1段未计入）')
    .replace(/ \((\S+) reach simplified\)/, '（$1段作简化）')
    .replace(/ \(clipped to the land\)/, '（裁至陆地）')
    .replace(/ \(coast\)/, '（海岸）')
    .replace(/ \(([^A-Za-z()]+)\)/, '（$1）');
}

/** "e1; e2; …" → the Chinese edges, or undefined when any edge is not of a known form. */
function edges(text: string): string | undefined {
  const out: string[] = [];
  EDGE.lastIndex = 0;
  while (EDGE.lastIndex < text.length) {
    const m = EDGE.exec(text);
    if (!m) return undefined;
    const [, label = '', osmNames, file, date, straightNames, pm, coast, median] = m;
    const from = osmNames
      ? `OSM ${osmNames}（${file}${date ? `，OSM ${date}` : ''}）`
      : coast
        ? '取 OSM 区界的海岸线（在海上绘制后裁切）'
        : `直线（${straightNames === 'the named feature' ? '所述地物' : straightNames}无开放几何数据；±${pm}米）`;
    out.push(`${edgeLabel(label.trim())}：${from}${median ? `，中位偏差${median}米` : ''}`);
  }
  return out.join('；');
}

type Template = [RegExp, (m: string[], t: NoteTable) => string | undefined];

const end = (how: string, t: NoteTable) =>
  how === 'hand-picked point projected onto the river line'
    ? '人工选点投影到河道中心线上'
    : /^where OSM (\S+) crosses the river$/.test(how)
      ? how.replace(/^where OSM (\S+) crosses the river$/, 'OSM 所示$1跨河处')
      : t.part(how);

const TEMPLATES: Template[] = [
  [
    /^Placed by hand at (.+), within (~[\d.]+ k?m)$/,
    ([, at = '', r = ''], t) => {
      const zh = t.part(at);
      return zh && `人工定位于${zh}，误差${within(r)}以内`;
    },
  ],
  [
    /^At the OSM node of (\S+) \((.+)\), within (~[\d.]+ k?m)$/,
    ([, node = '', why = '', r = ''], t) => {
      const zh = t.part(why);
      return zh && `位于 OSM 节点“${node}”（${zh}），误差${within(r)}以内`;
    },
  ],
  [/^OSM outline named ([^.]+)$/, ([, n = '']) => `OSM 中名为${names(n)}的轮廓`],
  [
    /^OSM outline of (\S+), simplified ([\d.]+)° \(≈(\d+) m\); OSM area ([\d.]+) km²$/,
    ([, n, deg, m, area]) => `${n}的 OSM 轮廓，简化容差${deg}°（约${m}米）；OSM 面积${area}平方公里`,
  ],
  [
    /^OSM track ways named (\S+), simplified ([\d.]+)° \(≈(\d+) m\); colour from (\S+)$/,
    ([, n, deg, m, file]) => `OSM 中名为“${n}”的轨道线，简化容差${deg}°（约${m}米）；线路颜色取自 ${file}`,
  ],
  [
    /^The (\d+) OSM riverbank\/water polygons the river's centre line runs through, simplified ([\d.]+)° \(≈(\d+) m\), grown (\d+) m to join their seams$/,
    ([, n, deg, m, grown]) =>
      `河道中心线穿过的${n}个 OSM 河岸/水面多边形，简化容差${deg}°（约${m}米），外扩${grown}米以弥合接缝`,
  ],
  [
    /^OSM lake polygon, simplified ([\d.]+)° \(≈(\d+) m\)$/,
    ([, deg, m]) => `OSM 湖泊多边形，简化容差${deg}°（约${m}米）`,
  ],
  [
    /^Circle of about ([\d.]+) ha around a hand-placed centre; not the real outline$/,
    ([, ha]) => `以人工选定的中心绘制、面积约${ha}公顷的圆；并非实际边界`,
  ],
  [
    /^Circle of the stated ([\d.]+) km² at (.+); not the real outline$/,
    ([, km2, at = ''], t) => {
      const zh = t.part(at);
      return zh && `按所述面积${km2}平方公里绘制的圆，位于${zh}；并非实际边界`;
    },
  ],
  [
    /^No area in the source: marker circle of ([\d.]+) km² at (.+)$/,
    ([, km2, at = ''], t) => {
      const zh = t.part(at);
      return zh && `资料未给出面积：在${zh}绘制${km2}平方公里的示意圆`;
    },
  ],
  [
    /^No boundary text: a ([\d.]+) km² marker circle around (.+)$/,
    ([, km2, at = ''], t) => {
      const zh = t.part(at);
      return zh && `无四至文字：以${zh}为中心绘制${km2}平方公里的示意圆`;
    },
  ],
  [
    /^Start (.+); end (.+)$/,
    ([, from = '', to = ''], t) => {
      const [a, b] = [end(from, t), end(to, t)];
      return a && b && `起点：${a}；终点：${b}`;
    },
  ],
  [
    /^Strip (\d+) m each side of the OSM centre line, clipped to the bank districts; the strip width is schematic$/,
    ([, m]) => `沿 OSM 河道中心线两侧各${m}米的带状区域，按沿岸各区边界裁切；带宽为示意`,
  ],
  [
    /^Edges: (.+?)(; 12th-plan outline §6\.3 \((\S+)\) names seven new towns; outline as drawn for the 14th plan, whose extent may differ)?$/,
    ([, list = '', plan12, file]) => {
      const zh = edges(list);
      if (!zh) return undefined;
      const p12 = plan12
        ? `。“十二五”规划纲要第6.3节（${file}）列出七个新城；沿用为“十四五”绘制的轮廓，“十二五”时的范围可能不同`
        : '';
      return `逐边绘制：${zh}${p12}`;
    },
  ],
  [
    /^Drawn edge by edge from the boundary text 「(.+)」 \((.*?)\): (.+?); clipped to the district outlines(?:; not drawn: (.+))?$/,
    ([, boundary, source = '', list = '', missing], t) => {
      const [src, zh, gap] = [t.part(source), edges(list), missing ? t.part(missing) : ''];
      if (!src || !zh || gap === undefined) return undefined;
      return `按四至文字「${boundary}」（${src}）逐边绘制：${zh}；并按各区边界裁切${gap ? `；未绘制：${gap}` : ''}`;
    },
  ],
  [/^Refreshed from a newer extract \(was (.+)\)$/, ([, was]) => `已按较新的 OSM 数据更新（原为 ${was}）`],
  [/^Replaced an approximate geometry \((.+)\)$/, ([, was]) => `已替换原有的近似几何（${was}）`],
];

/** The Chinese of an English note, or undefined when the table and the templates lack some of it. */
export function translateNote(en: string, table: NoteTable): string | undefined {
  const whole = table.note(en);
  if (whole) return whole;
  for (const [pattern, zh] of TEMPLATES) {
    const m = en.match(pattern);
    if (m) {
      const out = zh([...m], table);
      if (out) return out;
    }
  }
  // A note joined from sentences ("<where it was located>. <the record's own note>"): each in turn.
  for (let at = en.indexOf('. '); at !== -1; at = en.indexOf('. ', at + 1)) {
    const head = translateNote(en.slice(0, at), table);
    const tail = head && translateNote(en.slice(at + 2), table);
    if (head && tail) return `${head}。${tail}`;
  }
  return undefined;
}

/**
 * Sets `note_zh` on every feature with a `note` (and drops it from one without). Throws, listing
 * them, when any note has no Chinese, so an English note cannot land untranslated.
 */
export function applyChineseNotes(layers: Map<string, LayerFeature[]>, table = readNoteTable()): NoteTable {
  const missing = new Set<string>();
  for (const features of layers.values()) {
    for (const feature of features) {
      const props = feature.properties as { note?: string; note_zh?: string };
      delete props.note_zh;
      if (!props.note) continue;
      const zh = translateNote(props.note, table);
      if (!zh) missing.add(props.note);
      // note_zh right after note, so a reader of the file finds the two together.
      else
        feature.properties = Object.fromEntries(
          Object.entries(props).flatMap(([k, v]) =>
            k === 'note'
              ? [
                  [k, v],
                  ['note_zh', zh],
                ]
              : [[k, v]],
          ),
        ) as typeof feature.properties;
    }
  }
  if (missing.size) {
    throw new Error(
      `${missing.size} feature note(s) have no Chinese in scripts/build-geo/data/notes-zh.json (add the note, a sentence of it, or the part its template is filled with):\n  ${[...missing].join('\n  ')}`,
    );
  }
  return table;
}
