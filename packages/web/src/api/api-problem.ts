import type { Language } from '../i18n/language.ts'
import type { Messages } from '../i18n/messages-nl.ts'

export interface Bilingual {
  readonly nl: string
  readonly en: string
}

export interface FieldIssue {
  readonly path: string
  readonly message: string
}

/**
 * An error the API returned (`{ error: { code, message: { nl, en }, issues } }`, issue 4) or a
 * failure to reach it (status 0). Components show it through `<tandem-error>`.
 */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual | null,
    readonly issues: readonly FieldIssue[] = [],
    /** the rule of docs/architecture.md#the-rules the domain enforced (R1–R11), when the server names it */
    readonly rule?: string,
    /** for a batch (preview): which command of the batch was refused */
    readonly index?: number,
  ) {
    super(`${code}${text ? `: ${text.en}` : ''}`)
  }

  /** Builds the problem from a response body that may or may not follow the contract. */
  static fromBody(status: number, body: unknown): ApiProblem {
    const error = (body as { error?: unknown } | null)?.error
    if (error && typeof error === 'object') {
      const e = error as {
        code?: unknown
        message?: unknown
        issues?: unknown
        rule?: unknown
        index?: unknown
      }
      const message = e.message as Partial<Bilingual> | undefined
      const text =
        message && typeof message.nl === 'string' && typeof message.en === 'string'
          ? { nl: message.nl, en: message.en }
          : null
      const issues = Array.isArray(e.issues)
        ? e.issues.filter(
            (i): i is FieldIssue => typeof i?.path === 'string' && typeof i?.message === 'string',
          )
        : []
      const index = (body as { index?: unknown }).index ?? e.index
      return new ApiProblem(
        status,
        typeof e.code === 'string' ? e.code : `Http${status}`,
        text,
        issues,
        typeof e.rule === 'string' ? e.rule : undefined,
        typeof index === 'number' ? index : undefined,
      )
    }
    return new ApiProblem(status, `Http${status}`, null)
  }

  static network(): ApiProblem {
    return new ApiProblem(0, 'NetworkError', null)
  }
}

/** What the user reads: the server's sentence in their language, or our own for transport failures. */
export const describeProblem = (
  problem: unknown,
  lang: Language,
  t: Messages,
): { readonly message: string; readonly fix: string | undefined } => {
  if (!(problem instanceof ApiProblem)) return { message: t.unexpectedError(0), fix: undefined }
  const fix = t.fixes[problem.code]
  if (problem.text) return { message: problem.text[lang], fix }
  if (problem.status === 0) return { message: t.networkError, fix }
  return { message: t.unexpectedError(problem.status), fix }
}
