import { Result } from 'effect'
import type { Failure } from '../failures/failure.ts'

/** A service's answer at the edge: its value, or its failure thrown for the one `onError` to render. */
export const orThrow = <A>(result: Result.Result<A, Failure>): A => {
  if (Result.isFailure(result)) throw result.failure
  return result.success
}
