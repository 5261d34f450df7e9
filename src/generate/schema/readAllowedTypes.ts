import type { SchemaContext } from '../SchemaContext';
import { isJsonObject } from './isJsonObject';
import { isJsonType, typeOfJson, type JsonType } from './JsonType';
import { readSchemaList } from './readKeyword';
import { resolveSchema } from './resolveSchema';

const maxDepth = 16;

/** The JSON types some valid value may have, or 'any' when no type is excluded. */
export type AllowedTypes = JsonType[] | 'any';

const withIntegers = (types: JsonType[]): JsonType[] =>
  types.includes('number') && !types.includes('integer') ? [...types, 'integer'] : types;

const unite = (all: AllowedTypes[]): AllowedTypes =>
  all.includes('any')
    ? 'any'
    : [...new Set(all.flatMap((types) => (types === 'any' ? [] : types)))];

const intersect = (all: AllowedTypes[]): AllowedTypes =>
  all.reduce<AllowedTypes>((kept, types) => {
    if (kept === 'any') return types;
    return types === 'any' ? kept : kept.filter((type) => types.includes(type));
  }, 'any');

const readDeclared = (declared: unknown): JsonType[] | undefined => {
  if (isJsonType(declared)) return withIntegers([declared]);
  return Array.isArray(declared) ? withIntegers(declared.filter(isJsonType)) : undefined;
};

/**
 * Which types a schema lets through, following `$ref` and combinators. Used to pick values of a
 * type the schema forbids; unlike generation, an untyped `properties` schema allows everything.
 */
export const readAllowedTypes = (schema: unknown, ctx: SchemaContext, depth = 0): AllowedTypes => {
  const resolved = resolveSchema(schema, ctx);
  if (resolved === false) return [];
  // A combinator that refers back to itself says nothing more about types past some depth.
  if (!isJsonObject(resolved) || depth > maxDepth) return 'any';

  const constraints: AllowedTypes[] = [];
  const declared = readDeclared(resolved.type);
  if (declared) constraints.push(declared);
  if ('const' in resolved) constraints.push([typeOfJson(resolved.const)]);
  const members = readSchemaList(resolved, 'enum');
  if (members) constraints.push(withIntegers([...new Set(members.map(typeOfJson))]));

  const allOf = readSchemaList(resolved, 'allOf') ?? [];
  constraints.push(...allOf.map((branch) => readAllowedTypes(branch, ctx, depth + 1)));
  for (const keyword of ['anyOf', 'oneOf']) {
    const branches = readSchemaList(resolved, keyword) ?? [];
    const types = branches.map((branch) => readAllowedTypes(branch, ctx, depth + 1));
    if (types.length > 0) constraints.push(unite(types));
  }
  return intersect(constraints);
};
