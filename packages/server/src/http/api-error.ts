import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** A message in the two languages of the UI: Dutch first, English second (DESIGN.md §2). */
export interface Bilingual {
  readonly nl: string
  readonly en: string
}

/** One failing field: a JSON-pointer-like path (`/caseId`) and what is wrong with it. */
export interface FieldIssue {
  readonly path: string
  readonly message: string
}

/**
 * An error a client caused or may see. Thrown anywhere in a request; the one `onError` turns it into
 * `{ error: { code, message: { nl, en }, issues, rule? } }` with `status`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly text: Bilingual,
    readonly issues: readonly FieldIssue[] = [],
    /** for a batch of commands (preview): which one failed */
    readonly index?: number,
    /** the rule of DESIGN.md §3 a domain rejection enforces (R1–R11), so the UI can name it */
    readonly rule?: string,
  ) {
    super(`${code}: ${text.en}`)
  }

  /** The same error about item `index` of a list in the body at `listPath`: issue paths point into it. */
  at(listPath: string, index: number): ApiError {
    const issues = this.issues.map((issue) => ({
      ...issue,
      path: `${listPath}/${index}${issue.path === '/' ? '' : issue.path}`,
    }))
    return new ApiError(this.status, this.code, this.text, issues, index, this.rule)
  }
}

/** The errors the HTTP edge itself raises; domain rejections bring their own code and text. */
export const httpErrors = {
  invalidJson: () =>
    new ApiError(400, 'InvalidJson', {
      nl: 'De body is geen geldige JSON.',
      en: 'The body is not valid JSON.',
    }),
  notJson: () =>
    new ApiError(415, 'UnsupportedMediaType', {
      nl: 'Stuur de body als application/json.',
      en: 'Send the body as application/json.',
    }),
  invalidInput: (issues: readonly FieldIssue[]) =>
    new ApiError(
      400,
      'InvalidInput',
      { nl: 'De invoer voldoet niet aan het schema.', en: 'The input does not match the schema.' },
      issues,
    ),
  unauthenticated: () =>
    new ApiError(401, 'Unauthenticated', { nl: 'Log eerst in.', en: 'Please log in first.' }),
  forbidden: () =>
    new ApiError(403, 'Forbidden', {
      nl: 'Je hebt geen toegang tot deze gegevens of handeling.',
      en: 'You do not have access to this data or action.',
    }),
  csrf: () =>
    new ApiError(403, 'CsrfTokenMissing', {
      nl: 'Het CSRF-token ontbreekt of klopt niet; laad de pagina opnieuw.',
      en: 'The CSRF token is missing or wrong; reload the page.',
    }),
  notFound: () => new ApiError(404, 'NotFound', { nl: 'Niet gevonden.', en: 'Not found.' }),
  conflict: (expected: number, actual: number) =>
    new ApiError(409, 'StaleExpectedVersion', {
      nl: `Iemand anders was je voor: het team staat op versie ${actual}, jij verwachtte ${expected}. Ververs en probeer opnieuw.`,
      en: `Someone got there first: the team is at version ${actual}, you expected ${expected}. Refresh and try again.`,
    }),
  busy: () =>
    new ApiError(409, 'ConcurrentChange', {
      nl: 'Het team werd tegelijk door anderen gewijzigd; probeer het opnieuw.',
      en: 'The team was being changed by others at the same time; please try again.',
    }),
  tooLarge: () =>
    new ApiError(413, 'PayloadTooLarge', {
      nl: 'De body is groter dan 64 KB.',
      en: 'The body is larger than 64 KB.',
    }),
  tooManyAttempts: () =>
    new ApiError(429, 'TooManyAttempts', {
      nl: 'Te veel inlogpogingen; wacht een minuut.',
      en: 'Too many login attempts; wait a minute.',
    }),
} as const
