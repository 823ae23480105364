import type { Principal } from '../accounts/principal.ts'

/** Hono's typing for what middleware hands to handlers. */
export interface AppEnv {
  readonly Variables: {
    /** undefined when the request carries no (valid) credentials */
    readonly principal: Principal | undefined
  }
}
