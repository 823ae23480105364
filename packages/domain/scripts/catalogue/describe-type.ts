import type { JsonObject } from './entries.ts'

/** The anchor GitHub and most Markdown renderers give a heading. */
export const anchor = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replace(/ /g, '-')

const range = (schema: JsonObject): string => {
  const min = schema.minimum ?? schema.exclusiveMinimum
  const max = schema.maximum ?? schema.exclusiveMaximum
  if (min !== undefined && max !== undefined) return ` ${min}–${max}`
  if (schema.exclusiveMinimum !== undefined) return ` > ${schema.exclusiveMinimum}`
  if (schema.minimum !== undefined) return ` ≥ ${schema.minimum}`
  if (max !== undefined) return ` ≤ ${max}`
  return ''
}

/**
 * A short human type from a field's JSON Schema, with the source regex when JSON Schema could not
 * carry it (Effect only exports patterns with the `u` flag).
 */
export const describeJson = (schema: JsonObject | undefined, expression = ''): string => {
  if (!schema) return 'unknown'
  if (Array.isArray(schema.enum)) return schema.enum.map((value) => `\`${String(value)}\``).join(' \\| ')
  if (schema.const !== undefined) return `\`${String(schema.const)}\``
  const pattern =
    (schema.pattern as string | undefined) ?? /isPattern\(\/(.+?)\/[a-z]*[,)]/.exec(expression)?.[1]
  switch (schema.type) {
    case 'string':
      return pattern !== undefined ? `string matching \`${pattern.replaceAll('|', '\\|')}\`` : 'string'
    case 'integer':
    case 'number':
      return `${schema.type}${range(schema)}`
    case 'array':
      return `array of ${describeJson(schema.items as JsonObject | undefined)}`
    case 'object':
      return 'object'
    default:
      return typeof schema.type === 'string' ? schema.type : 'value'
  }
}

/**
 * A field's type for the Markdown: a link to a shared type when the source names one, `X[]` for an
 * array of one, else a description of its JSON Schema.
 */
export const describeField = (
  expression: string,
  schema: JsonObject | undefined,
  sharedTypes: ReadonlySet<string>,
): string => {
  const link = (name: string) => `[${name}](#${anchor(name)})`
  const text = expression.trim()
  if (sharedTypes.has(text)) return link(text)
  const array = /^Schema\.Array\((\w+)\)/.exec(text)
  if (array?.[1] && sharedTypes.has(array[1])) return `${link(array[1])}[]`
  return describeJson(schema, text)
}

/** The shared type names a schema expression mentions. */
export const mentionedTypes = (expression: string, sharedTypes: ReadonlySet<string>): string[] =>
  [...expression.matchAll(/\b[A-Z]\w*\b/g)].map((match) => match[0]).filter((name) => sharedTypes.has(name))
