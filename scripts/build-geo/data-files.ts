/**
 * The curated data of the build (scripts/build-geo/data/*.json), each checked against its JSON
 * Schema (the `.schema.json` beside it) when read: a planner's edit with a typo stops the build
 * with the path of the bad value instead of drawing something wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { REPO_ROOT } from './io';

export const DATA_DIR = join(REPO_ROOT, 'scripts', 'build-geo', 'data');

let ajv: Ajv | null = null;
function validator(schemaFile: string): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
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

/** Problems of a parsed data file against its schema, one line each; empty when it is valid. */
export function schemaProblems(schemaFile: string, data: unknown): string[] {
  const validate = validator(schemaFile);
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** A data file, parsed and checked against the schema its `$schema` names. */
export function readDataFile<T>(file: string): T {
  const data = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as { $schema?: string };
  const schemaFile = (data.$schema ?? '').replace(/^\.\//, '');
  const problems = schemaProblems(schemaFile, data);
  if (problems.length) throw new Error(`scripts/build-geo/data/${file}:\n  ${problems.join('\n  ')}`);
  return data as T;
}
