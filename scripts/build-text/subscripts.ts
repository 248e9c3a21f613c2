/**
 * The 14th plan's PDF extraction moved chemical subscripts out of their formulas: "（PM ）" keeps a
 * space where "2.5" was, and the digits land later in the line glued between two characters
 * ("达到国2.5家", "（O ）2.5 3协同"). This puts each run of displaced subscripts back, in order, into
 * the formulas still waiting for one. Runs that do not fit (the flattened indicator table) stay.
 */
const FORMULA = /\b(PM|SO|NO|O) (?=[）、和等])/g;
const RUN = /(?<=[\u4e00-\u9fff）])(\d+(?:\.\d+)?(?: \d+(?:\.\d+)?)*)(?=[\u4e00-\u9fff])/g;
const SUBSCRIPT = /^(2\.5|10|2|3)$/;

export function restoreSubscripts(line: string): string {
  const formulas = [...line.matchAll(FORMULA)].map((m) => ({ at: m.index, name: m[1] ?? '', value: '' }));
  if (formulas.length === 0) return line;
  const removed: { at: number; length: number }[] = [];
  for (const run of line.matchAll(RUN)) {
    const values = (run[1] ?? '').split(' ');
    const waiting = formulas.filter((f) => f.value === '' && f.at < run.index);
    if (!values.every((v) => SUBSCRIPT.test(v)) || values.length > waiting.length) continue;
    values.forEach((value, i) => {
      const formula = waiting[i];
      if (formula) formula.value = value;
    });
    removed.push({ at: run.index, length: run[0].length });
  }
  if (removed.length === 0) return line;
  const edits = [
    ...formulas
      .filter((f) => f.value)
      .map((f) => ({ at: f.at, length: f.name.length + 1, text: `${f.name}${f.value}` })),
    ...removed.map((r) => ({ ...r, text: '' })),
  ].sort((a, b) => b.at - a.at);
  return edits.reduce((text, edit) => text.slice(0, edit.at) + edit.text + text.slice(edit.at + edit.length), line);
}
