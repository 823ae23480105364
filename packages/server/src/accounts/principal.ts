import { Schema } from 'effect'

/** The four roles of issue 4: professional, coach, auditor (read-only, every team), admin (accounts). */
export const Role = Schema.Literals(['professional', 'coach', 'auditor', 'admin'])
export type Role = typeof Role.Type

/** Who is making the request, resolved once per request by the authenticate middleware. */
export interface Principal {
  /** the account id; goes into event metadata as the actor (never a name) */
  readonly accountId: string
  readonly role: Role
  /** teams a professional or coach belongs to; empty for auditors and admins */
  readonly teamIds: readonly string[]
  readonly professionalId: string | undefined
  /** how the request authenticated; only cookie sessions need a CSRF token */
  readonly via: 'session' | 'bearer'
  readonly csrfToken: string | undefined
}

/** The operator behind `TANDEM_ADMIN_TOKEN`: an admin without an account row. */
export const OPERATOR_ACCOUNT_ID = 'operator'
