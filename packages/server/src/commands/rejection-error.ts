import type { DomainRejection } from '@tandem/domain'
import { ApiError } from '../http/api-error.ts'

/** A domain rejection as HTTP: 422 with its stable code, its messages, the field at fault and its rule. */
export const rejectionError = (rejection: DomainRejection): ApiError =>
  new ApiError(
    422,
    rejection.code,
    rejection.messages,
    rejection.path === undefined
      ? []
      : [{ path: `/${rejection.path.replaceAll('.', '/')}`, message: rejection.messages.en }],
    undefined,
    rejection.rule,
  )
