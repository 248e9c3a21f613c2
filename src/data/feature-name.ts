/** Columns people name their features by, in imported files, in both languages. */
const NAME_KEYS = ['name', 'Name', 'NAME', '名称', '名字', '站名', '地名', '站点名称', 'title', 'Title'];

/** The name an imported feature's own columns give it, if any. */
export function importedFeatureName(properties: Record<string, unknown>): string | undefined {
  for (const key of NAME_KEYS) {
    const value = properties[key];
    if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') return String(value);
  }
  return undefined;
}
