import { ApiProblem } from '../api/api-problem.ts'
import type { Messages } from '../i18n/messages-nl.ts'

/** One thing wrong with a form, as the error summary lists it and its field repeats it. */
export interface FormIssue {
  /** the control's `name`: where the field looks for its error */
  readonly name: string
  /** the control's `id`, for the summary's link; undefined when no control matches */
  readonly id: string | undefined
  readonly message: string
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement

const isControl = (el: Element): el is Control =>
  el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement

/** The words a person reads for a control: its label, else its group's legend, else its name. */
const labelOf = (form: HTMLFormElement, el: Control): string => {
  const root = form.getRootNode() as ParentNode
  const label = el.id ? root.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null
  const legend = el.closest('fieldset')?.querySelector('legend')
  const text = el.type === 'checkbox' || el.type === 'radio' ? (legend ?? label) : (label ?? legend)
  return (text?.textContent ?? el.name).replace(/\s+/g, ' ').trim()
}

const messageOf = (t: Messages, el: Control, label: string): string => {
  const v = el.validity
  const input = el instanceof HTMLInputElement ? el : undefined
  if (v.valueMissing)
    return el instanceof HTMLSelectElement ? t.validation.choose(label) : t.validation.required(label)
  if (v.tooShort) return t.validation.tooShort(label, (el as HTMLInputElement).minLength)
  if (v.tooLong) return t.validation.tooLong(label, (el as HTMLInputElement).maxLength)
  if (v.rangeUnderflow || v.rangeOverflow)
    return t.validation.range(label, input?.min ?? '', input?.max ?? '')
  if (v.stepMismatch) return t.validation.step(label, input?.step ?? '')
  return t.validation.format(label)
}

/**
 * What the browser's own checks (required, minlength, min/max, pattern) find wrong with a form that
 * has `novalidate`, in the user's language, one issue per control (one per radio group).
 */
export const formIssues = (form: HTMLFormElement, t: Messages): readonly FormIssue[] => {
  const seen = new Set<string>()
  const issues: FormIssue[] = []
  for (const el of Array.from(form.elements)) {
    if (!isControl(el) || !el.willValidate || el.validity.valid) continue
    const name = el.name || el.id
    if (seen.has(name)) continue
    seen.add(name)
    issues.push({ name, id: el.id || undefined, message: messageOf(t, el, labelOf(form, el)) })
  }
  return issues
}

/**
 * The server's field issues (`/path/to/field`) placed at the form's controls where one has that
 * name; the rest are listed in the summary without a link.
 */
export const serverIssues = (problem: unknown, form: HTMLFormElement | undefined): readonly FormIssue[] => {
  if (!(problem instanceof ApiProblem)) return []
  return problem.issues.map((issue) => {
    const segments = issue.path.split('/').filter(Boolean)
    const name = segments.at(-1) ?? ''
    const found = form?.elements.namedItem(segments.join('.')) ?? form?.elements.namedItem(name)
    const el = found instanceof RadioNodeList ? found[0] : found
    const label = el && isControl(el as Element) ? labelOf(form!, el as Control) : issue.path
    return {
      name: el ? (el as Control).name : issue.path,
      id: el ? (el as Control).id || undefined : undefined,
      message: `${label}: ${issue.message}`,
    }
  })
}
