import { Schema } from 'effect'

/**
 * Wire primitives shared by events and commands. Dates travel as strings
 * (docs/architecture.md#dates-on-the-wire: `Schema.Date` expects a Date object, JSON does not carry one); the
 * domain compares them as strings, which is correct for ISO dates of one format.
 */

/** A calendar day, `YYYY-MM-DD`: for business dates (received, valid until, held on). */
export const DateOnly = Schema.String.check(
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/u, {
    message: 'Expected a date as YYYY-MM-DD',
  }),
)
export type DateOnly = typeof DateOnly.Type

/** A moment in UTC, ISO 8601 with `Z`: for metadata (occurredAt) and meeting times. */
export const Instant = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/u, {
    message: 'Expected a UTC moment as YYYY-MM-DDTHH:MM:SSZ',
  }),
)
export type Instant = typeof Instant.Type

/** An opaque identifier chosen by the caller (a UUID in practice); never a person's name. */
export const Id = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/u, {
    message: 'Expected an id of letters, digits, - or _ (at most 64)',
  }),
)
export type Id = typeof Id.Type

export const TeamId = Id
export const ProfessionalId = Id
export const CaseId = Id
export const SessionId = Id
export const SignalId = Id
export const MeetingId = Id
export const AbsenceId = Id

/**
 * A team-chosen case reference such as `2026-014` or `WT-N/17`. It must contain a digit and only reference
 * characters, so a family name cannot be typed in its place (docs/architecture.md#privacy-and-access: no
 * client names or identifiers in the log).
 */
export const CaseReference = Schema.String.check(
  Schema.isPattern(/^(?=.*\d)[A-Za-z0-9./_-]{1,32}$/u, {
    message: 'Expected a team reference of at most 32 letters, digits, . / _ - with at least one digit',
  }),
)
export type CaseReference = typeof CaseReference.Type

/**
 * Free-text reasoning (Model Professioneel Statuut: "het vastleggen van afwegingen"): required where the
 * norm asks for it.
 */
export const Reasoning = Schema.String.check(
  Schema.isMinLength(10, { message: 'Expected a reasoning of at least 10 characters' }),
  Schema.isMaxLength(4000),
)

/** Short free text: a name of a team or professional, a reason, an answer. */
export const Text = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(4000))

export const NonNegative = Schema.Finite.check(Schema.isGreaterThanOrEqualTo(0))
export const Positive = Schema.Finite.check(Schema.isGreaterThan(0))

/** A number in the SKJ or BIG register, as the register prints it. */
export const RegistrationNumber = Schema.String.check(
  Schema.isPattern(/^[A-Za-z0-9-]{3,20}$/u, {
    message: 'Expected a register number of 3 to 20 letters, digits or -',
  }),
)
