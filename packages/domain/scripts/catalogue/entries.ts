import { Schema } from 'effect'
import { currentSchemaVersion } from '../../src/events/codec.ts'
import { TeamEvent, type TeamEventType } from '../../src/events/index.ts'
import type { SourceConst } from './doc-comments.ts'

/** One event type as the catalogue presents it. */
export interface CatalogueEntry {
  readonly type: TeamEventType
  readonly schemaVersion: number
  /** the source module, which groups the catalogue (team, professionals, cases, reflection) */
  readonly module: string
  readonly source: SourceConst
  /** JSON Schema (draft 2020-12) of the stored `data`: the event without its `_tag` */
  readonly data: JsonObject
  /** shared definitions the data schema refers to */
  readonly definitions: JsonObject
}

export type JsonObject = { readonly [key: string]: unknown }

/** Source modules that hold the event schemas and the shared types they use, in catalogue order. */
export const eventModules = [
  'team-events',
  'professional-events',
  'case-events',
  'reflection-events',
] as const
export const sharedModules = ['primitives', 'vocabulary', 'team-settings'] as const

/** The stored payload's schema: the event struct's fields without `_tag` (the store keeps it as `type`). */
const dataSchemaOf = (member: (typeof TeamEvent.members)[number]) => {
  const { _tag, ...fields } = member.fields
  return Schema.Struct(fields)
}

/** Every event type with its version, schema and documented source, in source order. */
export const catalogueEntries = (sources: ReadonlyMap<string, readonly SourceConst[]>): CatalogueEntry[] =>
  eventModules.flatMap((module) =>
    (sources.get(module) ?? []).flatMap((source) => {
      const member = TeamEvent.members.find((m) => m.fields._tag.schema.literal === source.name)
      if (!member) return []
      const document = Schema.toJsonSchemaDocument(dataSchemaOf(member))
      const type = member.fields._tag.schema.literal
      return [
        {
          type,
          schemaVersion: currentSchemaVersion[type],
          module,
          source,
          data: document.schema as JsonObject,
          definitions: document.definitions as JsonObject,
        },
      ]
    }),
  )

/** JSON Schema of a shared type (a literal set, a struct, a constrained primitive). */
export const jsonSchemaOf = (schema: unknown): JsonObject | undefined =>
  Schema.isSchema(schema) ? (Schema.toJsonSchemaDocument(schema).schema as JsonObject) : undefined
