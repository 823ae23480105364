import type { ServerDatabase } from './server-tables.ts'

/**
 * What `npm run db -- copy` does with one of the server's own tables:
 * - `'copy'`: every row, as stored, in `key` order (batches resume from the last key);
 * - `'rebuild'`: derived from the log, so never copied: emptied on the target, which rebuilds it from
 *   the copied events (the server does, on its first start).
 */
export interface ServerTablePolicy {
  readonly name: keyof ServerDatabase
  readonly copy: 'copy' | 'rebuild'
  /** A column whose values are unique and ordered, for batching. */
  readonly key: string
}

/**
 * Every server table, in the order a copy writes them: a table whose rows reference another comes
 * after it (sessions and tokens after accounts). This is the one list a copy between databases reads,
 * so a table added later must be added here: the type below fails to compile until it is, and a copy
 * refuses a source that holds a table it does not know of rather than leaving it behind.
 */
export const SERVER_TABLES = [
  { name: 'accounts', copy: 'copy', key: 'id' },
  { name: 'sessions', copy: 'copy', key: 'token_hash' },
  { name: 'api_tokens', copy: 'copy', key: 'token_hash' },
  { name: 'setup_tokens', copy: 'copy', key: 'token_hash' },
  // Checkpoints are projection states folded from the log: a target's first start rebuilds its own.
  { name: 'projection_checkpoints', copy: 'rebuild', key: 'name' },
] as const satisfies readonly ServerTablePolicy[]

/** The server tables missing from SERVER_TABLES; `never` when the list is complete. */
type Unlisted = Exclude<keyof ServerDatabase, (typeof SERVER_TABLES)[number]['name']>
const everyTableListed: [Unlisted] extends [never] ? true : { readonly unlisted: Unlisted } = true
void everyTableListed
