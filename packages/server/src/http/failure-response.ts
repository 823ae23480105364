import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Failure, FailureKind } from '../failures/failure.ts'

/** The one mapping from a kind of failure to its HTTP status. */
export const STATUS_OF: { readonly [K in FailureKind]: ContentfulStatusCode } = {
  InvalidInput: 400,
  Unauthenticated: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  PayloadTooLarge: 413,
  UnsupportedMediaType: 415,
  Rejected: 422,
  TooManyAttempts: 429,
  Internal: 500,
  Unavailable: 503,
}

/**
 * A failure as the client reads it: `{ error: { code, message: { nl, en }, issues, rule?, index? } }`.
 * The only place that knows the error body's shape, so that changing the rendering is one function.
 */
export const failureBody = (failure: Failure) => ({
  error: {
    code: failure.code,
    message: failure.text,
    issues: failure.issues,
    ...(failure.rule === undefined ? {} : { rule: failure.rule }),
    ...(failure.index === undefined ? {} : { index: failure.index }),
  },
})
