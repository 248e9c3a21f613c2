import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, schemaProblems } from '../../../scripts/build-geo/data-files';
import type { LayerFeature } from '../../../scripts/build-geo/feature';
import { applyChineseNotes, NoteTable, readNoteTable, translateNote } from '../../../scripts/build-geo/notes-zh';

const GEO = join(import.meta.dirname, '..', '..', '..', 'geo');
const features = readdirSync(GEO)
  .filter((f) => f.endsWith('.geojson'))
  .flatMap((f) => (JSON.parse(readFileSync(join(GEO, f), 'utf8')) as { features: LayerFeature[] }).features);
const withNote = features.map((f) => f.properties as { id: string; note?: string; note_zh?: string });
const notes = new Set(withNote.flatMap((p) => (p.note ? [p.note] : [])));

const feature = (note: string): LayerFeature =>
  ({ type: 'Feature', properties: { id: 'x', note }, geometry: { type: 'Point', coordinates: [0, 0] } }) as never;

describe('the Chinese of every feature note', () => {
  it('every feature in geo/ with a note has its non-empty Chinese, the one the table and templates give', () => {
    const table = readNoteTable();
    expect(notes.size).toBeGreaterThan(200);
    for (const p of withNote) {
      if (!p.note) {
        expect(p.note_zh, p.id).toBeUndefined();
        continue;
      }
      expect(p.note_zh, p.id).toMatch(/\p{Script=Han}/u);
      expect(p.note_zh, p.id).toBe(translateNote(p.note, table));
    }
  });

  it('keeps every number of the English (distances, areas, dates, offsets) in the Chinese', () => {
    for (const p of withNote) {
      if (!p.note) continue;
      // Ordinals ("12th plan" → 十二五) and names with numerals (石门一路, 一期) are words in Chinese.
      const plain = p.note.replace(/\d+(st|nd|rd|th)\b|No\. \d|[Pp]hase \d/g, '');
      for (const n of plain.match(/\d+(?:\.\d+)?/g) ?? []) expect(p.note_zh, `${p.id}: ${n}`).toContain(n);
    }
  });

  it('uses every entry of notes-zh.json: none is stale', () => {
    const table = readNoteTable();
    for (const note of notes) translateNote(note, table);
    expect(table.stale()).toEqual([]);
  });

  it('reports a translation no note uses as stale', () => {
    const table = new NoteTable({
      notes: { 'A gone note': '已删除的说明', Kept: '保留' },
      parts: { Zhangjiang: '张江' },
    });
    applyChineseNotes(
      new Map([['l', [feature('Kept'), feature('Placed by hand at Zhangjiang, within ~4 km')]]]),
      table,
    );
    expect(table.stale()).toEqual(['notes: A gone note']);
  });

  it('fails the build, naming the note, when a note has no Chinese', () => {
    const table = new NoteTable({ notes: {}, parts: {} });
    const layers = new Map([['l', [feature('A brand-new note'), feature('Placed by hand at Nowhere, within ~300 m')]]]);
    expect(() => applyChineseNotes(layers, table)).toThrow(
      /2 feature note\(s\) have no Chinese[\s\S]*A brand-new note[\s\S]*Placed by hand at Nowhere/,
    );
  });

  it('translates the templates with their numbers, names and sentence joins', () => {
    const table = new NoteTable({
      notes: { 'The plan writes 徐行': '规划原文为“徐行”', 'Garden Bridge to Shiliupu': '外白渡桥至十六铺' },
      parts: { Zhangjiang: '张江', 'the town node in OSM': 'OSM 中的镇节点' },
    });
    const t = (en: string) => translateNote(en, table);
    expect(t('Placed by hand at Zhangjiang, within ~1.5 km')).toBe('人工定位于张江，误差约1.5公里以内');
    expect(t('Placed by hand at Zhangjiang, within ~300 m. The plan writes 徐行')).toBe(
      '人工定位于张江，误差约300米以内。规划原文为“徐行”',
    );
    expect(t('At the OSM node of 城桥镇 (the town node in OSM), within ~3 km')).toBe(
      '位于 OSM 节点“城桥镇”（OSM 中的镇节点），误差约3公里以内',
    );
    expect(t('OSM outline named 沪昆线 / 沪杭线')).toBe('OSM 中名为“沪昆线”、“沪杭线”的轮廓');
    expect(
      t(
        'Garden Bridge to Shiliupu. Start where OSM 南浦大桥 crosses the river; end hand-picked point projected onto the river line. Strip 450 m each side of the OSM centre line, clipped to the bank districts; the strip width is schematic',
      ),
    ).toBe(
      '外白渡桥至十六铺。起点：OSM 所示南浦大桥跨河处；终点：人工选点投影到河道中心线上。沿 OSM 河道中心线两侧各450米的带状区域，按沿岸各区边界裁切；带宽为示意',
    );
    expect(
      t(
        'Edges: 北至大叶公路: OSM 大叶公路 in roads/r.geojson (OSM 2026-07-28), median 8 m from it; 南至云灶浜: straight line (no open geometry of 云灶浜; ±1500 m)',
      ),
    ).toBe(
      '逐边绘制：北至大叶公路：OSM 大叶公路（roads/r.geojson，OSM 2026-07-28），中位偏差8米；南至云灶浜：直线（云灶浜无开放几何数据；±1500米）',
    );
    expect(t('Placed by hand at Pudong, within ~2 km')).toBeUndefined();
  });

  it('notes-zh.json is valid against its schema, which refuses an empty or non-Chinese translation', () => {
    const data = JSON.parse(readFileSync(join(DATA_DIR, 'notes-zh.json'), 'utf8'));
    expect(schemaProblems('notes-zh.schema.json', data)).toEqual([]);
    const problems = schemaProblems('notes-zh.schema.json', { notes: { a: '' }, parts: { b: 'English only' } });
    expect(problems.some((p) => p.includes('/notes/a '))).toBe(true);
    expect(problems.some((p) => p.includes('/parts/b '))).toBe(true);
  });
});
