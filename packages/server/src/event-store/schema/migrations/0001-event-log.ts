import { type Kysely, type Migration, sql } from 'kysely'
import { GENESIS_HASH } from '../../hash-chain.ts'
import type { SqlCapabilities } from '../../sql/capabilities.ts'

/** The event log, its head row and the command ids that make appends idempotent. */
export const eventLog = ({ positionType }: SqlCapabilities): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('events')
      .addColumn('position', positionType, (column) => column.primaryKey())
      .addColumn('stream_id', 'text', (column) => column.notNull())
      .addColumn('stream_version', 'integer', (column) => column.notNull())
      .addColumn('type', 'text', (column) => column.notNull())
      .addColumn('schema_version', 'integer', (column) => column.notNull())
      .addColumn('data', 'text', (column) => column.notNull())
      .addColumn('metadata', 'text', (column) => column.notNull())
      .addColumn('recorded_at', 'text', (column) => column.notNull())
      .addColumn('previous_hash', 'text', (column) => column.notNull())
      .addColumn('hash', 'text', (column) => column.notNull())
      // Backs the optimistic concurrency check and reading a stream; also a last line of defence
      // should two appends ever give one stream the same version.
      .addUniqueConstraint('events_stream_version', ['stream_id', 'stream_version'])
      .execute()

    await db.schema
      .createTable('log_head')
      .addColumn('id', 'integer', (column) => column.primaryKey().check(sql`id = 1`))
      .addColumn('position', positionType, (column) => column.notNull())
      .addColumn('hash', 'text', (column) => column.notNull())
      .execute()
    await sql`insert into log_head (id, position, hash) values (1, 0, ${GENESIS_HASH})`.execute(db)

    await db.schema
      .createTable('commands')
      .addColumn('command_id', 'text', (column) => column.primaryKey())
      .addColumn('stream_id', 'text', (column) => column.notNull())
      .addColumn('first_position', positionType, (column) => column.notNull())
      .addColumn('last_position', positionType, (column) => column.notNull())
      .execute()
  },
})
