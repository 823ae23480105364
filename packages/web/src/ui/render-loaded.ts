import { html, type TemplateResult } from 'lit'
import type { ProjectionController } from '../controllers/projection.ts'
import type { Messages } from '../i18n/messages-nl.ts'
import './tandem-error.ts'

/**
 * The three faces of loaded data: the error in the user's language, a polite loading status, or
 * the content. A value already on screen stays while the next one loads (live updates).
 */
export const renderLoaded = <T>(
  projection: ProjectionController<T>,
  t: Messages,
  content: (value: T) => TemplateResult | TemplateResult[] | null,
): TemplateResult | TemplateResult[] | null => {
  if (projection.error !== undefined && projection.value === undefined) {
    return html`<tandem-error .problem=${projection.error}></tandem-error>`
  }
  if (projection.value === undefined) return html`<p class="utrecht-paragraph" role="status">${t.loading}</p>`
  return content(projection.value)
}

/** Names for professional ids, from a projection that carries them (the balance does). */
export const nameMap = (
  members: readonly { readonly professionalId: string; readonly name: string }[] | undefined,
): ((id: string) => string) => {
  const names = new Map((members ?? []).map((m) => [m.professionalId, m.name]))
  return (id) => names.get(id) ?? id
}
