import type { Lang } from './strings';

export interface DistrictCounts {
  name: string;
  population: number | null;
  newTowns: string[];
  waterfront: number;
  linesOperating: number;
  linesPlanned: number;
  stations: number;
  parks: number;
  industrialParks: number;
  /** Passages naming the district itself. */
  passages: number;
  /** Further passages about places in the district. */
  placePassages: number;
}

/** A plain-language summary of what the plans put in a district, in either language. */
export function districtSummary(c: DistrictCounts, lang: Lang): string {
  if (lang === 'zh') {
    const parts = [
      c.newTowns.length > 0 ? `新城 ${c.newTowns.join('、')}` : '',
      c.waterfront > 0 ? `${c.waterfront} 段一江一河滨水空间` : '',
      `${c.linesOperating} 条运营轨道线路（${c.stations} 个车站）`,
      c.linesPlanned > 0 ? `${c.linesPlanned} 条在建或规划线路` : '',
      c.parks > 0 ? `${c.parks} 个公园` : '',
      c.industrialParks > 0 ? `${c.industrialParks} 个特色产业园区` : '',
    ].filter(Boolean);
    const people = c.population ? `2020 年常住人口 ${c.population.toLocaleString('zh-CN')} 人。` : '';
    const more = c.placePassages > 0 ? `，另有 ${c.placePassages} 段写到区内的地方` : '';
    return `${c.name}：${people}地图上这里有${parts.join('、')}。五份规划中有 ${c.passages} 段文字提到本区${more}。`;
  }
  const parts = [
    c.newTowns.length > 0 ? `the new town ${c.newTowns.join(', ')}` : '',
    c.waterfront > 0 ? `${c.waterfront} waterfront segment${c.waterfront > 1 ? 's' : ''}` : '',
    `${c.linesOperating} operating rail line${c.linesOperating === 1 ? '' : 's'} (${c.stations} stations)`,
    c.linesPlanned > 0 ? `${c.linesPlanned} line${c.linesPlanned > 1 ? 's' : ''} under construction or planned` : '',
    c.parks > 0 ? `${c.parks} park${c.parks > 1 ? 's' : ''}` : '',
    c.industrialParks > 0
      ? `${c.industrialParks} characteristic industrial park${c.industrialParks > 1 ? 's' : ''}`
      : '',
  ].filter(Boolean);
  const people = c.population ? ` ${c.population.toLocaleString('en-GB')} residents (2020 census).` : '';
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  const named =
    c.passages === 1 ? '1 passage of the five plans names it' : `${c.passages} passages of the five plans name it`;
  const more =
    c.placePassages > 0
      ? `, and ${c.placePassages} more ${c.placePassages === 1 ? 'is' : 'are'} about places in it`
      : '';
  return `${c.name}:${people} On the map it has ${list}. ${named}${more}.`;
}
