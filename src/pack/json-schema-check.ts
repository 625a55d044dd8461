/**
 * A small JSON Schema checker for the keywords extension/glossa-pack.schema.json uses (draft
 * 2020-12 subset: type, enum, const, required, properties, additionalProperties, items, minItems,
 * maxItems, minLength, maxLength, pattern, minimum, maximum, minProperties, maxProperties, propertyNames, anyOf, oneOf, allOf,
 * if/then, not, local $ref). Used by the pack test so the bundled pack is checked against the published schema
 * without adding a validator dependency. Unknown keywords (format, description…) are ignored.
 */
type Schema = boolean | { [k: string]: unknown };

const KNOWN = new Set([
  'type',
  'enum',
  'const',
  'required',
  'properties',
  'additionalProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'anyOf',
  'oneOf',
  'allOf',
  '$ref',
  'if',
  'then',
  'not',
]);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(2).split('/'))
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node as Schema;
}

/** Keywords the checker does not implement, found anywhere in the schema (so a test can flag them). */
export function unsupportedKeywords(schema: Schema): string[] {
  const out = new Set<string>();
  const walk = (s: unknown, inProps: boolean): void => {
    if (typeof s !== 'object' || s === null) return;
    if (Array.isArray(s)) return s.forEach((x) => walk(x, false));
    for (const [k, v] of Object.entries(s)) {
      if (inProps) walk(v, false);
      else if (k === 'properties' || k === '$defs' || k === 'definitions') walk(v, true);
      else {
        if (
          !KNOWN.has(k) &&
          !['$schema', '$id', 'title', 'description', 'default', 'format', 'examples', '$comment'].includes(k)
        )
          out.add(k);
        walk(v, false);
      }
    }
  };
  walk(schema, false);
  return [...out];
}

export function checkSchema(root: Schema, value: unknown): string[] {
  const errors: string[] = [];
  const check = (s: Schema, v: unknown, path: string): void => {
    if (s === true) return;
    if (s === false) return void errors.push(`${path}: not allowed`);
    if (typeof s.$ref === 'string') check(resolve(root, s.$ref), v, path);
    const t = typeOf(v);
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((x) => x === t || (x === 'number' && t === 'integer')))
        return void errors.push(`${path}: expected ${types.join('|')}, got ${t}`);
    }
    if (Array.isArray(s.enum) && !s.enum.some((x) => JSON.stringify(x) === JSON.stringify(v)))
      errors.push(`${path}: not in enum`);
    if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(v)) errors.push(`${path}: not const`);
    if (t === 'string') {
      const str = v as string;
      const len = [...str].length;
      if (typeof s.minLength === 'number' && len < s.minLength) errors.push(`${path}: shorter than ${s.minLength}`);
      if (typeof s.maxLength === 'number' && len > s.maxLength) errors.push(`${path}: longer than ${s.maxLength}`);
      if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(str))
        errors.push(`${path}: does not match ${s.pattern}`);
    }
    if (t === 'number' || t === 'integer') {
      if (typeof s.minimum === 'number' && (v as number) < s.minimum) errors.push(`${path}: below ${s.minimum}`);
      if (typeof s.maximum === 'number' && (v as number) > s.maximum) errors.push(`${path}: above ${s.maximum}`);
    }
    if (t === 'array') {
      const arr = v as unknown[];
      if (typeof s.minItems === 'number' && arr.length < s.minItems)
        errors.push(`${path}: fewer than ${s.minItems} items`);
      if (typeof s.maxItems === 'number' && arr.length > s.maxItems)
        errors.push(`${path}: more than ${s.maxItems} items`);
      if (s.items !== undefined) arr.forEach((x, i) => check(s.items as Schema, x, `${path}[${i}]`));
    }
    if (t === 'object') {
      const obj = v as Record<string, unknown>;
      const props = (s.properties ?? {}) as Record<string, Schema>;
      for (const r of (s.required as string[] | undefined) ?? []) if (!(r in obj)) errors.push(`${path}: missing ${r}`);
      if (typeof s.minProperties === 'number' && Object.keys(obj).length < s.minProperties)
        errors.push(`${path}: fewer than ${s.minProperties} properties`);
      if (typeof s.maxProperties === 'number' && Object.keys(obj).length > s.maxProperties)
        errors.push(`${path}: more than ${s.maxProperties} properties`);
      if (s.propertyNames !== undefined)
        for (const k of Object.keys(obj)) check(s.propertyNames as Schema, k, `${path}[${JSON.stringify(k)}]`);
      for (const [k, x] of Object.entries(obj)) {
        if (k in props) check(props[k]!, x, `${path}.${k}`);
        else if (s.additionalProperties !== undefined) check(s.additionalProperties as Schema, x, `${path}.${k}`);
      }
    }
    const sub = (list: unknown) =>
      (list as Schema[]).map((x) => {
        const before = errors.length;
        check(x, v, path);
        return errors.splice(before).length === 0;
      });
    if (Array.isArray(s.allOf)) s.allOf.forEach((x) => check(x as Schema, v, path));
    if (Array.isArray(s.anyOf) && !sub(s.anyOf).some(Boolean)) errors.push(`${path}: matches none of anyOf`);
    if (Array.isArray(s.oneOf) && sub(s.oneOf).filter(Boolean).length !== 1)
      errors.push(`${path}: does not match exactly one of oneOf`);
    if (s.not !== undefined && sub([s.not])[0]) errors.push(`${path}: matches a schema it must not (not)`);
    if (s.if !== undefined && s.then !== undefined && sub([s.if])[0]) check(s.then as Schema, v, path);
  };
  check(root, value, '$');
  return errors;
}
