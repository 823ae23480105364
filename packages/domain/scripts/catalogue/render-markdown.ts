import { anchor, describeField, describeJson, mentionedTypes } from './describe-type.ts'
import type { SourceConst, SourceField } from './doc-comments.ts'
import type { CatalogueEntry, JsonObject } from './entries.ts'
import { markdownTable } from './markdown-table.ts'

/** A schema the events share (a primitive, a vocabulary, a struct), with its JSON Schema. */
export interface SharedType {
  readonly source: SourceConst
  readonly schema: JsonObject
}

const moduleTitles: Readonly<Record<string, string>> = {
  'team-events': 'Team and weekly meeting',
  'professional-events': 'Professionals',
  'case-events': 'Cases',
  'reflection-events': 'Reflection and workload signals',
}

const cell = (text: string): string => text.replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|')
const firstSentence = (doc: string): string => cell(doc).split(/(?<=[.!?])\s/)[0] ?? ''

const propertyAt = (schema: JsonObject, path: string): JsonObject | undefined => {
  let current: JsonObject | undefined = schema
  for (const key of path.split('.')) {
    current = (current?.properties as Record<string, JsonObject> | undefined)?.[key]
  }
  return current
}

const fieldTable = (
  fields: readonly SourceField[],
  schema: JsonObject,
  shared: ReadonlySet<string>,
): string[] =>
  markdownTable(
    ['field', 'type', 'required', 'meaning'],
    fields.map((field) => [
      `\`${field.name}\``,
      describeField(field.expression, propertyAt(schema, field.name), shared),
      field.optional ? 'no' : 'yes',
      cell(field.doc),
    ]),
  )

const eventSection = (entry: CatalogueEntry, shared: ReadonlySet<string>): string[] => [
  `### ${entry.type}`,
  '',
  `Schema version ${entry.schemaVersion}.${entry.source.doc ? ` ${cell(entry.source.doc)}` : ''}`,
  '',
  ...fieldTable(entry.source.fields, entry.data, shared),
  '',
]

const sharedSection = (name: string, type: SharedType, shared: ReadonlySet<string>): string[] => {
  const alias = /^\w+$/.test(type.source.expression) ? type.source.expression : undefined
  const body =
    type.source.fields.length > 0
      ? fieldTable(type.source.fields, type.schema, shared)
      : [
          alias
            ? `Same as [${alias}](#${anchor(alias)}).`
            : // outside a table a pipe needs no escape (and inside a code span it would show)
              describeJson(type.schema, type.source.expression).replaceAll('\\|', '|'),
        ]
  return [`### ${name}`, '', ...(type.source.doc ? [cell(type.source.doc), ''] : []), ...body, '']
}

/** Shared types the events use, directly or through another shared type, in first-use order. */
const usedTypes = (entries: readonly CatalogueEntry[], shared: ReadonlyMap<string, SharedType>): string[] => {
  const names = new Set(shared.keys())
  const used: string[] = []
  const visit = (expression: string) => {
    for (const name of mentionedTypes(expression, names)) {
      if (used.includes(name)) continue
      used.push(name)
      const type = shared.get(name)
      if (type) visit(type.source.expression)
    }
  }
  for (const entry of entries) for (const field of entry.source.fields) visit(field.expression)
  return used
}

/** The catalogue for people: every event type, its version, fields, types and doc comments. */
export const renderMarkdown = (
  entries: readonly CatalogueEntry[],
  shared: ReadonlyMap<string, SharedType>,
): string => {
  const names = new Set(shared.keys())
  const modules = [...new Set(entries.map((entry) => entry.module))]
  const lines = [
    '# Event catalogue',
    '',
    'Generated from the domain schemas (`packages/domain/src/events`) by `npm run catalogue`; do not edit by',
    'hand. `npm test` fails when this file or `events.schema.json` is stale.',
    '',
    'Every fact of a team lives in that team’s stream, one stream per team. A stored event is one line of',
    'NDJSON: `{ "streamId", "position", "type", "schemaVersion", "data", "metadata": { "actor", "role",',
    '"occurredAt", "meetingId"? } }`. `data` holds the fields below; an event stored with an older schema',
    'version is upcast on read, never rewritten. Cases carry a team reference, never a client’s name.',
    '',
    ...markdownTable(
      ['event', 'version', 'what it records'],
      entries.map((entry) => [
        `[${entry.type}](#${anchor(entry.type)})`,
        String(entry.schemaVersion),
        firstSentence(entry.source.doc),
      ]),
    ),
    '',
  ]
  for (const module of modules) {
    lines.push(`## ${moduleTitles[module] ?? module}`, '')
    for (const entry of entries.filter((e) => e.module === module)) lines.push(...eventSection(entry, names))
  }
  lines.push('## Shared types', '')
  for (const name of usedTypes(entries, shared)) {
    const type = shared.get(name)
    if (type) lines.push(...sharedSection(name, type, names))
  }
  return `${lines.join('\n').trimEnd()}\n`
}
