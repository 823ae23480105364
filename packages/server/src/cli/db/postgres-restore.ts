import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { checkRestored, type RestoredLog } from './check-restored.ts'
import type { Manifest } from './manifest.ts'
import { connect } from './open-database.ts'
import { verifyInParallel } from './parallel-verify.ts'
import { runPostgresTool } from './postgres-tools.ts'
import { reapplyErasures } from './reapply-erasures.ts'
import { RestoreRefused } from './restore-refused.ts'

/**
 * Restores a pg_dump backup into an empty schema with pg_restore, in one transaction, then verifies
 * the restored log against the manifest.
 *
 * A dump names its schema and pg_restore cannot rename it, so the target must name the same schema
 * (`?schema=` on the URL, default public). The dump's own `CREATE SCHEMA` is left out of the restore
 * list and the schema created here if missing: `public` exists in every new database, and would make
 * that statement fail.
 */
export const restorePostgres = async (
  backupFile: string,
  manifest: Manifest,
  target: { readonly connectionString: string; readonly schema: string },
): Promise<RestoredLog> => {
  const dumped = manifest.postgres?.schema ?? 'public'
  if (dumped !== target.schema)
    throw new RestoreRefused(
      backupFile,
      'target',
      `the dump holds schema ${dumped}, the target names schema ${target.schema}; ` +
        `pg_restore keeps the dumped name, so restore into ?schema=${dumped}`,
    )
  const connection = connect({ engine: 'postgres', ...target })
  try {
    const tables = await connection.tables()
    if (tables.length > 0)
      throw new RestoreRefused(
        backupFile,
        'target',
        `schema ${target.schema} already holds tables (${tables.slice(0, 5).join(', ')}); ` +
          'a restore only writes into an empty schema',
      )
    await sql`create schema if not exists ${sql.id(target.schema)}`.execute(connection.db)
  } finally {
    await connection.close()
  }
  const folder = await mkdtemp(join(tmpdir(), 'tandem-restore-'))
  try {
    const entries = await runPostgresTool('pg_restore', target.connectionString, ['--list', backupFile])
    const schemaEntry = new RegExp(`^\\d+; \\d+ \\d+ (SCHEMA|COMMENT|ACL) - (SCHEMA )?${dumped} `)
    const list = join(folder, 'restore.list')
    await writeFile(
      list,
      entries
        .split('\n')
        .filter((line) => !schemaEntry.test(line))
        .join('\n'),
    )
    await runPostgresTool('pg_restore', target.connectionString, [
      '--exit-on-error',
      '--single-transaction',
      '--no-owner',
      '--no-privileges',
      `--use-list=${list}`,
      backupFile,
    ])
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  const restored = checkRestored(
    await verifyInParallel({ engine: 'postgres', ...target }),
    backupFile,
    manifest,
  )
  await reapplyErasures({ engine: 'postgres', ...target })
  return restored
}
