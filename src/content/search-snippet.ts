/** A piece of a snippet: plain text, or a matched word to mark. Rendered as text, never as HTML. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

// Only the syntax characters: under the `u` flag any other escape ("\\-") is a SyntaxError.
const escapeChar = (char: string) => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A term as a pattern that also matches the source's spacing ("42公里" finds "42 公里"). */
function pattern(term: string): string {
  return [...term.replace(/\s+/g, '')].map(escapeChar).join('\\s*');
}

/**
 * The part of `text` around the first matched term, at most about `width` characters, with every
 * match inside it marked. Terms are plain strings; regex characters in them are escaped.
 */
export function snippet(text: string, terms: readonly string[], width = 90): SnippetPart[] {
  const usable = terms.filter((term) => term.trim() !== '');
  const regex = usable.length > 0 ? new RegExp(usable.map(pattern).join('|'), 'giu') : null;
  const matches = regex ? [...text.matchAll(regex)].filter((m) => m[0] !== '') : [];
  const firstAt = matches[0]?.index ?? 0;
  const start = Math.max(0, Math.min(firstAt - Math.floor(width / 4), text.length - width));
  const end = Math.min(text.length, start + width);
  const parts: SnippetPart[] = start > 0 ? [{ text: '…', mark: false }] : [];
  let at = start;
  for (const match of matches) {
    const from = match.index;
    const to = from + match[0].length;
    if (from < at || to > end) continue;
    if (from > at) parts.push({ text: text.slice(at, from), mark: false });
    parts.push({ text: match[0], mark: true });
    at = to;
  }
  if (end > at) parts.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
