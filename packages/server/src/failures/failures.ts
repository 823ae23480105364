import type { DomainRejection } from '@tandem/domain'
import { Failure, type FieldIssue } from './failure.ts'

/** The failures more than one part of the server reports; a module with one of its own keeps it there. */
export const failures = {
  invalidJson: () =>
    new Failure('InvalidInput', 'InvalidJson', {
      nl: 'De body is geen geldige JSON.',
      en: 'The body is not valid JSON.',
    }),
  notJson: () =>
    new Failure('UnsupportedMediaType', 'UnsupportedMediaType', {
      nl: 'Stuur de body als application/json.',
      en: 'Send the body as application/json.',
    }),
  invalidInput: (issues: readonly FieldIssue[]) =>
    new Failure(
      'InvalidInput',
      'InvalidInput',
      { nl: 'De invoer voldoet niet aan het schema.', en: 'The input does not match the schema.' },
      issues,
    ),
  unauthenticated: () =>
    new Failure('Unauthenticated', 'Unauthenticated', { nl: 'Log eerst in.', en: 'Please log in first.' }),
  forbidden: () =>
    new Failure('Forbidden', 'Forbidden', {
      nl: 'Je hebt geen toegang tot deze gegevens of handeling.',
      en: 'You do not have access to this data or action.',
    }),
  csrf: () =>
    new Failure('Forbidden', 'CsrfTokenMissing', {
      nl: 'Het CSRF-token ontbreekt of klopt niet; laad de pagina opnieuw.',
      en: 'The CSRF token is missing or wrong; reload the page.',
    }),
  notFound: () => new Failure('NotFound', 'NotFound', { nl: 'Niet gevonden.', en: 'Not found.' }),
  staleVersion: (expected: number, actual: number) =>
    new Failure('Conflict', 'StaleExpectedVersion', {
      nl: `Iemand anders was je voor: het team staat op versie ${actual}, jij verwachtte ${expected}. Ververs en probeer opnieuw.`,
      en: `Someone got there first: the team is at version ${actual}, you expected ${expected}. Refresh and try again.`,
    }),
  busy: () =>
    new Failure('Conflict', 'ConcurrentChange', {
      nl: 'Het team werd tegelijk door anderen gewijzigd; probeer het opnieuw.',
      en: 'The team was being changed by others at the same time; please try again.',
    }),
  commandIdReused: () =>
    new Failure('Conflict', 'CommandIdReused', {
      nl: 'Dit commandId is al gebruikt voor een ander team.',
      en: 'This commandId was already used for another team.',
    }),
  tooLarge: () =>
    new Failure('PayloadTooLarge', 'PayloadTooLarge', {
      nl: 'De body is groter dan 64 KB.',
      en: 'The body is larger than 64 KB.',
    }),
  tooManyAttempts: () =>
    new Failure('TooManyAttempts', 'TooManyAttempts', {
      nl: 'Te veel inlogpogingen; wacht een minuut.',
      en: 'Too many login attempts; wait a minute.',
    }),
  internal: () =>
    new Failure('Internal', 'Internal', {
      nl: 'Er ging iets mis aan onze kant.',
      en: 'Something went wrong on our side.',
    }),
  /**
   * A domain refusal with its stable code, messages, the field at fault and its rule. A refusal for
   * the actor's role (the authority table) is `Forbidden`: it says who may; every other is `Rejected`.
   */
  refused: (rejection: DomainRejection) =>
    new Failure(
      rejection.code === 'NotAllowedForRole' ? 'Forbidden' : 'Rejected',
      rejection.code,
      rejection.messages,
      rejection.path === undefined
        ? []
        : [{ path: `/${rejection.path.replaceAll('.', '/')}`, message: rejection.messages.en }],
      undefined,
      rejection.rule,
    ),
} as const
