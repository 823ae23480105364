import type { MiddlewareHandler } from 'hono'
import { bodyLimit as honoBodyLimit } from 'hono/body-limit'
import { httpErrors } from '../http/api-error.ts'

/** 64 KB is ample for any command; a larger body is refused before it is read into memory. */
export const MAX_BODY_BYTES = 64 * 1024

export const bodyLimit = (maxSize: number = MAX_BODY_BYTES): MiddlewareHandler =>
  honoBodyLimit({
    maxSize,
    onError: () => {
      throw httpErrors.tooLarge()
    },
  })
