import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { errorFields, type Logger } from '../log/logger.ts'
import { routePattern } from '../middleware/route-pattern.ts'
import { ApiError, httpErrors } from './api-error.ts'

const render = (c: Context, error: ApiError) =>
  c.json(
    {
      error: {
        code: error.code,
        message: error.text,
        issues: error.issues,
        ...(error.rule === undefined ? {} : { rule: error.rule }),
        ...(error.index === undefined ? {} : { index: error.index }),
      },
    },
    error.status,
  )

/**
 * The one mapping from a thrown error to an HTTP reply. `ApiError` carries its own status; Hono's
 * own exceptions (a body over the limit, a malformed cookie) are client faults, so 4xx; anything
 * else is our bug: 500, logged with the route pattern, the error's kind and its stack frames, never
 * the raw path, the body or the error's message.
 */
export const errorHandler =
  (log: Logger): ErrorHandler =>
  (error, c) => {
    if (error instanceof ApiError) return render(c, error)
    if (error instanceof HTTPException) {
      if (error.status === 413) return render(c, httpErrors.tooLarge())
      if (error.status < 500)
        return render(
          c,
          new ApiError(error.status, 'BadRequest', { nl: 'Ongeldig verzoek.', en: 'Bad request.' }),
        )
    }
    log.error('unhandled error', {
      method: c.req.method,
      route: routePattern(c),
      ...errorFields(error),
    })
    return render(
      c,
      new ApiError(500, 'Internal', {
        nl: 'Er ging iets mis aan onze kant.',
        en: 'Something went wrong on our side.',
      }),
    )
  }

export const notFoundHandler: NotFoundHandler = (c) => render(c, httpErrors.notFound())
