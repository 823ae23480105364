import type { Messages } from '../i18n/messages-nl.ts'

/**
 * Who did something, as the server resolved the account id: the account's display name, or — once
 * the account was erased (AVG/GDPR) — the id the log keeps, marked as such.
 */
export const actorLabel = (t: Messages, actor: string, actorName: string | null | undefined): string =>
  actorName ?? `${actor} ${t.erasedAccount}`
