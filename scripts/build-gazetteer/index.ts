/** Writes text/gazetteer.json (run: npm run build:gazetteer, after build:geo) and prints its size by kind. */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { buildGazetteerFile, GAZETTEER_FILE, serialiseGazetteer } from './build';

const file = buildGazetteerFile();
const text = serialiseGazetteer(file);
writeFileSync(GAZETTEER_FILE, text);
const byKind = new Map<string, number>();
for (const row of file.rows) byKind.set(row[3], (byKind.get(row[3]) ?? 0) + 1);
console.log(`${GAZETTEER_FILE}: ${file.rows.length} names, ${text.length} bytes (${gzipSync(text).length} gzip)`);
for (const [kind, count] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(12)}${count}`);
