/**
 * The curated data of the build (scripts/build-geo/data/*.json), each checked against its JSON
 * Schema (the `.schema.json` beside it) when read: a planner's edit with a typo stops the build
 * with the path of the bad value instead of drawing something wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { REPO_ROOT } from './io';

export const DATA_DIR = join(REPO_ROOT, 'scripts', 'build-geo', 'data');

let ajv: Ajv | null = null;
function validator(schemaFile: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, discriminator: true });
    for (const file of readdirSync(DATA_DIR)
      .filter((f) => f.endsWith('.schema.json'))
      .sort()) {
      ajv.addSchema(JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')));
    }
  }
  const validate = ajv.getSchema(schemaFile);
  if (!validate) throw new Error(`no JSON Schema ${schemaFile} in ${DATA_DIR}`);
  return validate;
}

/**
 * The record a problem's path lies in, for the message: the id (or Chinese name) of `/records/3`,
 * `/features/3` (a GeoJSON feature's properties) or `/parks/<key>`.
 */
function recordOf(data: unknown, instancePath: string): string {
  const [, list, key] = instancePath.split('/');
  if (!list || key === undefined) return '';
  const item = (data as Record<string, Record<string, unknown> | undefined>)[list]?.[key] as
    | { id?: unknown; name_zh?: unknown; properties?: { id?: unknown; name_zh?: unknown } }
    | undefined;
  const label = item?.id ?? item?.properties?.id ?? item?.name_zh ?? item?.properties?.name_zh;
  return typeof label === 'string' ? `record ${label}: ` : Number.isNaN(Number(key)) ? `record ${key}: ` : '';
}

/** Problems of a parsed data file against its schema, one line each naming the record; empty when it is valid. */
export function schemaProblems(schemaFile: string, data: unknown): string[] {
  const validate = validator(schemaFile);
  if (validate(data)) return [];
  const allowed = (e: ErrorObject) =>
    e.keyword === 'const'
      ? ` ${JSON.stringify(e.params.allowedValue)}`
      : e.keyword === 'enum'
        ? `: ${e.params.allowedValues.join(', ')}`
        : '';
  const lines = (validate.errors ?? []).map(
    (e) => `${recordOf(data, e.instancePath)}${e.instancePath || '/'} ${e.message ?? 'is invalid'}${allowed(e)}`,
  );
  return [...new Set(lines)];
}

/**
 * A data file (JSON, or GeoJSON that QGIS can open), parsed and checked against the schema its
 * `$schema` names, or `<name>.schema.json` when it names none (QGIS may drop the member on saving).
 */
export function readDataFile<T>(file: string, dir = DATA_DIR): T {
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { $schema?: string };
  const schemaFile = (data.$schema ?? file.replace(/\.(geo)?json$/, '.schema.json')).replace(/^\.\//, '');
  const problems = schemaProblems(schemaFile, data);
  if (problems.length) throw new Error(`${relative(REPO_ROOT, join(dir, file))}:\n  ${problems.join('\n  ')}`);
  return data as T;
}

/** A data error the schema cannot see (a count, a distance), naming the file and the record. */
export function dataError(file: string, record: string, problem: string): Error {
  return new Error(`scripts/build-geo/data/${file}: record ${record}: ${problem}`);
}
