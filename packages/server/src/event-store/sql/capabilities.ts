/**
 * The few ways the SQL backends still differ, as flags the shared code reads (after Kysely's
 * `DialectAdapter`). Core code never asks which database it talks to; it asks for a capability.
 */
export interface SqlCapabilities {
  /**
   * How an append takes the log's single write lock, which makes positions follow commit order.
   * - `'begin-immediate'` (SQLite): `BEGIN IMMEDIATE` takes the database's write lock at the start of
   *   the transaction (a plain `BEGIN` would take it only at the first write, after the head was read).
   * - `'select-for-update'` (PostgreSQL): `BEGIN`, then `SELECT … FOR UPDATE` on the one `log_head`
   *   row, held until commit.
   */
  readonly writeLock: 'begin-immediate' | 'select-for-update'
  /**
   * Column type of positions. SQLite's `INTEGER` is already 64-bit, and `INTEGER PRIMARY KEY` makes the
   * position the table's own b-tree key, so reading in position order walks the table directly.
   * PostgreSQL's `integer` is 32-bit, so it needs `bigint`.
   */
  readonly positionType: 'integer' | 'bigint'
  /**
   * Whether inserts and an update can run as one statement (`WITH … AS (INSERT …)`). PostgreSQL can,
   * and an append then holds the head lock for one round trip fewer per table, which is what other
   * instances wait for. SQLite cannot, and has no round trips to save.
   */
  readonly dataModifyingWith: boolean
}

export const sqliteCapabilities: SqlCapabilities = {
  writeLock: 'begin-immediate',
  positionType: 'integer',
  dataModifyingWith: false,
}
export const postgresCapabilities: SqlCapabilities = {
  writeLock: 'select-for-update',
  positionType: 'bigint',
  dataModifyingWith: true,
}
