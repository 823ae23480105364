import { SchemaIssue } from 'effect'
import type { FieldIssue } from '../failures/failure.ts'

const formatter = SchemaIssue.makeFormatterStandardSchemaV1()

/**
 * Flattens an Effect Schema issue tree into one entry per failing field, with a `/a/0/b` path, so a
 * form can put each message next to its field. Decode with `{ errors: 'all' }` to get every one.
 */
export const fieldIssues = (issue: SchemaIssue.Issue): readonly FieldIssue[] =>
  formatter(issue).issues.map((entry) => ({
    path: `/${(entry.path ?? []).map((key) => String(typeof key === 'object' ? key.key : key)).join('/')}`,
    message: entry.message,
  }))
