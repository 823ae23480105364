import { TeamCommand } from '@tandem/domain'
import { Schema } from 'effect'

type JsonSchema = Record<string, unknown>

/** Rewrites `$ref`s of the generated document to where OpenAPI keeps shared schemas. */
const relocateRefs = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(relocateRefs)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === '$ref' && typeof inner === 'string'
        ? inner.replace(/^#\/(\$defs|definitions)\//, '#/components/schemas/')
        : relocateRefs(inner),
    ]),
  )
}

/**
 * The JSON Schema of every command body as the API takes it, generated from the domain's command
 * schemas (so the document cannot drift from what the server decodes): `_tag` becomes `type`, and the
 * envelope fields `expectedVersion`, `commandId` and `meetingId` are added.
 */
export const commandBodySchemas = (): {
  readonly bodies: Record<string, JsonSchema>
  readonly shared: Record<string, JsonSchema>
} => {
  const bodies: Record<string, JsonSchema> = {}
  const shared: Record<string, JsonSchema> = {}
  for (const member of TeamCommand.members) {
    const type = member.fields._tag.schema.literal
    const document = Schema.toJsonSchemaDocument(member)
    Object.assign(shared, relocateRefs(document.definitions) as Record<string, JsonSchema>)
    const schema = relocateRefs(document.schema) as JsonSchema
    const { _tag, ...properties } = (schema.properties ?? {}) as Record<string, JsonSchema>
    const required = ((schema.required ?? []) as string[]).filter((key) => key !== '_tag')
    bodies[type] = {
      ...schema,
      properties: {
        type: { type: 'string', enum: [type] },
        ...properties,
        expectedVersion: {
          type: 'integer',
          minimum: 0,
          description:
            'Fail with 409 unless the team stream is at this version; without it the server re-decides on conflict.',
        },
        commandId: {
          type: 'string',
          pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          description: 'Makes a retried request idempotent.',
        },
        // Opening and closing a meeting name their meeting in their own field.
        ...('meetingId' in properties
          ? {}
          : {
              meetingId: {
                type: 'string',
                description: 'The meeting this is decided in; refused (MeetingNotOpen) unless it is open.',
              },
            }),
      },
      required: ['type', ...required],
      additionalProperties: false,
    }
  }
  return { bodies, shared }
}
