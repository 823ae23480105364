/** A message in the two languages of the UI: Dutch first, English second. */
export interface Bilingual {
  readonly nl: string
  readonly en: string
}

/** One failing field: a JSON-pointer-like path (`/caseId`) and what is wrong with it. */
export interface FieldIssue {
  readonly path: string
  readonly message: string
}

/**
 * What sort of failure it is, in the terms of the service that found it. Only the HTTP edge turns a
 * kind into a status (http/failure-response.ts); services, the CLI and tests never see one.
 */
export type FailureKind =
  /** the request does not fit its schema: a field, the JSON, a query parameter */
  | 'InvalidInput'
  | 'UnsupportedMediaType'
  | 'PayloadTooLarge'
  /** nobody is logged in, or the credentials are wrong */
  | 'Unauthenticated'
  /** the caller may not see this or do this */
  | 'Forbidden'
  | 'NotFound'
  /** the state moved on or does not allow it: a stale version, a reused id, a taken name */
  | 'Conflict'
  /** the domain refused the decision (a rule of the norm, an unknown case, …) */
  | 'Rejected'
  | 'TooManyAttempts'
  /** our bug, never the caller's */
  | 'Internal'
  /** the database cannot answer right now (down, frozen, disk full, …): try again later */
  | 'Unavailable'

/**
 * Why a request did not do what it asked: its kind, a stable `code` clients match on, a message in
 * both languages, the failing fields, the index of the command at fault in a list of them, and the
 * rule (R1–R11, docs/architecture.md#the-rules) a domain refusal enforces. Services return it (in a
 * `Result`) or throw it; the HTTP edge renders it.
 */
export class Failure extends Error {
  readonly _tag = 'Failure'

  constructor(
    readonly kind: FailureKind,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues: readonly FieldIssue[] = [],
    /** for a list of commands: which one failed */
    readonly index?: number,
    readonly rule?: string,
  ) {
    super(`${code}: ${text.en}`)
  }

  /** The same failure about item `index` of a list in the body at `listPath`: issue paths point into it. */
  at(listPath: string, index: number): Failure {
    const issues = this.issues.map((issue) => ({
      ...issue,
      path: `${listPath}/${index}${issue.path === '/' ? '' : issue.path}`,
    }))
    return new Failure(this.kind, this.code, this.text, issues, index, this.rule)
  }
}
