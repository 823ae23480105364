import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { findAccount } from '../accounts/account-store.ts'
import { testTandem } from '../testing/test-deps.ts'
import { createDemoAccounts } from './demo-accounts.ts'
import { loadDemoLog } from './load-demo-log.ts'

const DEMO_LOG = resolve(import.meta.dirname, '../../../../events/demo/demo-team.ndjson')

it('loads the demo log into an empty store and makes accounts for its team', async () => {
  const tandem = await testTandem()
  const loaded = await loadDemoLog(tandem.store, DEMO_LOG)
  expect(await tandem.store.head()).toBe(loaded)
  expect((await tandem.store.verify()).ok).toBe(true)
  await tandem.runner.catchUp()
  const teamIds = tandem.runner.teamIds()
  expect(teamIds.length).toBeGreaterThan(0)
  const logins = await createDemoAccounts(tandem.db, tandem.runner, teamIds, new Date())
  expect(logins.map((login) => login.username)).toEqual(expect.arrayContaining(['coach', 'auditor', 'admin']))
  expect((await findAccount(tandem.db, 'coach-1'))?.teamIds).toEqual([...teamIds].sort())
  // A second start leaves existing accounts (and changed passwords) alone.
  expect(await createDemoAccounts(tandem.db, tandem.runner, teamIds, new Date())).toEqual([])
  await tandem.close()
})
