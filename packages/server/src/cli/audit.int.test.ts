import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Database from 'better-sqlite3'
import { afterEach, expect, it } from 'vitest'
import { freshSqliteFile } from '../event-store/contract/backends.ts'
import { event } from '../event-store/contract/store-under-test.ts'
import { openSqliteStore } from '../event-store/sqlite/open-sqlite-store.ts'

const AUDIT = join(import.meta.dirname, 'audit.ts')

const audit = async (databaseUrl: string, ...args: string[]) => {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', AUDIT, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    })
    return { code: 0, stdout }
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string }
    return { code, stdout }
  }
}

let remove: () => Promise<void> = async () => undefined
afterEach(() => remove())

const logOfThree = async () => {
  const database = await freshSqliteFile()
  remove = database.remove
  const store = await openSqliteStore(database.file)
  for (const type of ['CaseOpened', 'CaseWeighed', 'RegieAssigned'])
    await store.append('case-1', [event(type)], { expectedVersion: 'any' })
  await store.close()
  return database.file
}

it('prints an ok report and exits 0 for an untouched log', async () => {
  const file = await logOfThree()
  const { code, stdout } = await audit(`sqlite:${file}`, 'verify')
  expect(code).toBe(0)
  expect(JSON.parse(stdout)).toMatchObject({ ok: true, eventsChecked: 3, head: 3 })
})

it('names the altered position and exits 1 for a tampered log', async () => {
  const file = await logOfThree()
  const database = new Database(file)
  database.prepare(`update events set type = 'CaseClosed' where position = 2`).run()
  database.close()
  const { code, stdout } = await audit(`sqlite:${file}`, 'verify')
  expect(code).toBe(1)
  expect(JSON.parse(stdout)).toMatchObject({ ok: false, position: 2, problem: 'hash-mismatch' })
})

it('refuses a database that does not exist rather than creating an empty one', async () => {
  expect((await audit('sqlite:/nonexistent/tandem.db', 'verify')).code).toBe(2)
})

it('shows its usage for an unknown command', async () => {
  expect((await audit('sqlite::memory:', 'rewrite')).code).toBe(2)
})
