import { TeamCommand } from '@tandem/domain'
import { Result, Schema } from 'effect'
import { type FieldIssue, httpErrors } from '../http/api-error.ts'
import { fieldIssues } from '../http/schema-issues.ts'

/** A decoded `POST /api/commands` body: the domain command and the envelope options beside it. */
export interface CommandRequest {
  readonly command: TeamCommand
  /** the team stream version the caller decided on; a mismatch is a 409 instead of a re-decide */
  readonly expectedVersion: number | undefined
  /** makes a retried request idempotent */
  readonly commandId: string | undefined
}

const memberByType = new Map(TeamCommand.members.map((member) => [member.fields._tag.schema.literal, member]))

/** Every command type, for the error that names an unknown one and for the OpenAPI document. */
export const COMMAND_TYPES: readonly string[] = [...memberByType.keys()]

const ExpectedVersion = Schema.Finite.check(Schema.isInt(), Schema.isGreaterThanOrEqualTo(0))
const CommandId = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, {
    message: 'Expected an id of letters, digits, - or _ (at most 64)',
  }),
)

const check = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  value: unknown,
  path: string,
  issues: FieldIssue[],
): S['Type'] | undefined => {
  if (value === undefined) return undefined
  const result = Schema.decodeUnknownResult(schema)(value)
  if (Result.isSuccess(result)) return result.success
  issues.push(...fieldIssues(result.failure.issue).map((issue) => ({ ...issue, path })))
  return undefined
}

/**
 * `{ type, …fields, expectedVersion?, commandId? }` → the domain command, decoded with the schema of
 * its type (so the issues name that command's fields, not every member of the union), with every
 * failing field listed and unknown fields refused (a typo must not be silently dropped).
 */
export const decodeCommandBody = (body: Readonly<Record<string, unknown>>): CommandRequest => {
  const { type, expectedVersion, commandId, ...fields } = body
  const issues: FieldIssue[] = []
  const version = check(ExpectedVersion, expectedVersion, '/expectedVersion', issues)
  const id = check(CommandId, commandId, '/commandId', issues)
  const schema = typeof type === 'string' ? memberByType.get(type as TeamCommand['_tag']) : undefined
  if (!schema) {
    issues.push({ path: '/type', message: `Expected one of ${COMMAND_TYPES.join(', ')}` })
    throw httpErrors.invalidInput(issues)
  }
  const decoded = Schema.decodeUnknownResult(schema)(
    { ...fields, _tag: type },
    { errors: 'all', onExcessProperty: 'error' },
  )
  if (Result.isFailure(decoded)) issues.push(...fieldIssues(decoded.failure.issue))
  if (issues.length > 0 || Result.isFailure(decoded)) throw httpErrors.invalidInput(issues)
  return { command: decoded.success as TeamCommand, expectedVersion: version, commandId: id }
}
