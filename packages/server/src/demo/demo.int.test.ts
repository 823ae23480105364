import { resolve } from 'node:path'
import { expect, it } from 'vitest'
import { findAccount, findLogin } from '../accounts/account-store.ts'
import { verifyPassword } from '../accounts/password.ts'
import { testTandem } from '../testing/test-deps.ts'
import { createDemoAccounts, DEMO_PASSWORD, lockDemoLogins } from './demo-accounts.ts'
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

it('locks the demo accounts on a start outside demo mode, so the published password opens nothing', async () => {
  const tandem = await testTandem()
  await loadDemoLog(tandem.store, DEMO_LOG)
  await tandem.runner.catchUp()
  const logins = await createDemoAccounts(tandem.db, tandem.runner, tandem.runner.teamIds(), new Date())
  expect(await lockDemoLogins(tandem.db)).toBe(logins.length)
  for (const username of ['coach', 'auditor', 'admin'])
    expect(await verifyPassword(DEMO_PASSWORD, (await findLogin(tandem.db, username))!.password_hash!)).toBe(
      false,
    )
  // The accounts stay, so the timeline still names the demo's actors.
  expect((await findAccount(tandem.db, 'coach-1'))?.displayName).toBe('Demo-coach')
  expect(await lockDemoLogins(tandem.db)).toBe(0)
  await tandem.close()
})
