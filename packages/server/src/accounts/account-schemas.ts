import { Schema } from 'effect'
import { Role } from './principal.ts'

/** Bodies of the account endpoints, decoded at the HTTP boundary. */

const Username = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9._-]{2,64}$/, { message: 'Expected 2–64 letters, digits, . _ or -' }),
)
/** Long passphrases beat complexity rules; 200 caps the scrypt input a client can make us hash. */
const Password = Schema.String.check(
  Schema.isMinLength(10, { message: 'Expected a password of at least 10 characters' }),
  Schema.isMaxLength(200),
)
const DisplayName = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200))
const TeamIds = Schema.Array(Schema.String.check(Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)))
const ProfessionalId = Schema.String.check(Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/))

export const LoginBody = Schema.Struct({ username: Schema.String, password: Schema.String })

export const SetupBody = Schema.Struct({
  token: Schema.String,
  username: Username,
  displayName: DisplayName,
  password: Password,
})

export const CreateAccountBody = Schema.Struct({
  username: Username,
  displayName: DisplayName,
  role: Role,
  password: Password,
  teamIds: Schema.optionalKey(TeamIds),
  professionalId: Schema.optionalKey(ProfessionalId),
})

export const UpdateAccountBody = Schema.Struct({
  displayName: Schema.optionalKey(DisplayName),
  role: Schema.optionalKey(Role),
  password: Schema.optionalKey(Password),
  teamIds: Schema.optionalKey(TeamIds),
  professionalId: Schema.optionalKey(Schema.NullOr(ProfessionalId)),
})

export const TokenBody = Schema.Struct({
  label: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)),
})
