import { Result, Schema } from 'effect'
import { failures } from '../failures/failures.ts'
import { fieldIssues } from './schema-issues.ts'

/** Decodes a parsed body against a schema, reporting every failing field at once (a 400). */
export const decodeBody = <S extends Schema.Top & { readonly DecodingServices: never }>(
  schema: S,
  body: unknown,
): S['Type'] => {
  const result = Schema.decodeUnknownResult(schema)(body, { errors: 'all' })
  if (Result.isFailure(result)) throw failures.invalidInput(fieldIssues(result.failure.issue))
  return result.success
}
