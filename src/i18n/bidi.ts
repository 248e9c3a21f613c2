/**
 * Unicode bidirectional controls (embeddings, overrides, isolates, marks). In data, file names or
 * links they can make text display reversed or out of order ("fdp.exe" shown as "exe.pdf"); no
 * Chinese or English text needs them, so they are removed before anything is shown or exported.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
