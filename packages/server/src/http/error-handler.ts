import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { databaseUnavailableIn } from '../event-store/errors.ts'
import { Failure } from '../failures/failure.ts'
import { failures } from '../failures/failures.ts'
import { errorFields, type Logger } from '../log/logger.ts'
import { routePattern } from '../middleware/route-pattern.ts'
import { databaseUnavailableReply } from './database-unavailable.ts'
import { failureBody, STATUS_OF } from './failure-response.ts'

const render = (c: Context, failure: Failure) => c.json(failureBody(failure), STATUS_OF[failure.kind])

/**
 * The one mapping from a thrown error to an HTTP reply (routes throw the `Failure` a service
 * returned, or one of their own). Hono's own exceptions (a body over the limit, a malformed cookie)
 * are client faults; a database that cannot answer (`DatabaseUnavailable`, logged where it was
 * found) is 503 with `Retry-After`; anything else is our bug: 500, logged with the route pattern,
 * the error's kind and its stack frames, never the raw path, the body or the error's message.
 */
export const errorHandler =
  (log: Logger): ErrorHandler =>
  (error, c) => {
    if (error instanceof Failure) return render(c, error)
    const fault = databaseUnavailableIn(error)
    if (fault) {
      const reply = databaseUnavailableReply(fault)
      c.header('retry-after', String(reply.retryAfterSeconds))
      return render(c, reply.failure)
    }
    if (error instanceof HTTPException && error.status < 500)
      return render(
        c,
        error.status === 413
          ? failures.tooLarge()
          : new Failure('InvalidInput', 'BadRequest', { nl: 'Ongeldig verzoek.', en: 'Bad request.' }),
      )
    log.error('unhandled error', {
      method: c.req.method,
      route: routePattern(c),
      ...errorFields(error),
    })
    return render(c, failures.internal())
  }

export const notFoundHandler: NotFoundHandler = (c) => render(c, failures.notFound())
