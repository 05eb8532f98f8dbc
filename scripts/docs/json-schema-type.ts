// Renders JSON Schema (as zod's toJSONSchema writes it) as TypeScript-like text, for the generated reference pages.

/** The part of a JSON Schema the reference pages render. */
export type Schema = {
  type?: string | string[]; enum?: unknown[]; const?: unknown; properties?: Record<string, Schema>; required?: string[];
  items?: Schema; prefixItems?: Schema[]; anyOf?: Schema[]; oneOf?: Schema[]; format?: string; $ref?: string; additionalProperties?: boolean | Schema;
  minLength?: number; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number; pattern?: string;
};

const constraints = (s: Schema) => {
  const out: string[] = [];
  if (s.minLength !== undefined && s.maxLength !== undefined) out.push(`${s.minLength}–${s.maxLength} chars`);
  else if (s.maxLength !== undefined) out.push(`≤ ${s.maxLength} chars`);
  // zod writes the safe-integer range on every integer: no limit a reader needs to see.
  const maximum = s.maximum === Number.MAX_SAFE_INTEGER ? undefined : s.maximum;
  const minimum = s.minimum === Number.MIN_SAFE_INTEGER ? undefined : s.minimum;
  if (minimum !== undefined && maximum !== undefined) out.push(`${minimum}…${maximum}`);
  else if (minimum !== undefined) out.push(`≥ ${minimum}`);
  else if (maximum !== undefined) out.push(`≤ ${maximum}`);
  if (s.maxItems !== undefined) out.push(`≤ ${s.maxItems} items`);
  // A format (date-time) names what its long pattern checks.
  if (s.pattern && !s.format) out.push(`matches \`${s.pattern}\``);
  if (s.format) out.push(s.format);
  return out.length ? ` /* ${out.join(', ')} */` : '';
};

/** A TypeScript-like rendering of a JSON Schema, with constraints as comments. */
export function typeOf(s: Schema, indent = ''): string {
  if (s.$ref) return 'Json';
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map((x) => typeOf(x, indent)).join(' | ');
  if (s.prefixItems) return `[${s.prefixItems.map((x) => typeOf(x, indent)).join(', ')}]`;
  switch (s.type) {
    case 'object': {
      const props = Object.entries(s.properties ?? {});
      if (props.length === 0) {
        return typeof s.additionalProperties === 'object' ? `Record<string, ${typeOf(s.additionalProperties, indent)}>` : '{}';
      }
      const inner = indent + '  ';
      const lines = props.map(([k, v]) => `${inner}${k}${s.required?.includes(k) ? '' : '?'}: ${typeOf(v, inner)};${constraints(v)}`);
      return `{\n${lines.join('\n')}\n${indent}}`;
    }
    case 'array':
      return `Array<${typeOf(s.items ?? {}, indent)}>`;
    case 'integer':
      return 'number';
    default:
      // A nullable scalar is written as a list of types (`["string", "null"]`).
      if (Array.isArray(s.type)) return s.type.map((t) => typeOf({ ...s, type: t }, indent)).join(' | ');
      return s.type ?? 'unknown';
  }
}
