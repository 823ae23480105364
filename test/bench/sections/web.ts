import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { hasChromium, launch } from '../../e2e/support/browser.ts'
import { buildWeb, distDir } from '../../e2e/support/build-web.ts'
import { startRealServer } from '../../e2e/support/real-server.ts'

/**
 * `npm run bench` section "web" (docs/architecture.md#figures: JavaScript under 150 KB gzip, first screen
 * interactive under 1 s on localhost). Sizes come from the production build; time-to-interactive
 * is measured in Debian's Chromium against the real server (temp SQLite, demo log) from navigation
 * start until the login form accepts input — the median of several cold page loads, each in a new
 * browser context, so nothing is cached — and, logged in, until the meeting agenda has rendered.
 */
export const name = 'web'

const gzipKb = (files: readonly string[]) =>
  files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024

const median = (samples: number[]) => samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)]!

export const run = async (): Promise<object> => {
  buildWeb()
  const assets = join(distDir, 'assets')
  const js = readdirSync(assets).filter((f) => f.endsWith('.js'))
  const entry = readFileSync(join(distDir, 'index.html'), 'utf8').match(/src="\/assets\/([^"]+\.js)"/)?.[1]
  const sizes = {
    totalJsGzipKb: Number(gzipKb(js.map((f) => join(assets, f))).toFixed(1)),
    firstScreenJsGzipKb: entry ? Number(gzipKb([join(assets, entry)]).toFixed(1)) : null,
    budgetKb: 150,
  }
  if (!hasChromium) return { ...sizes, timeToInteractiveMs: null, note: '/usr/bin/chromium missing' }
  const server = await startRealServer()
  const browser = await launch()
  try {
    const login: number[] = []
    const agenda: number[] = []
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(server.url, { waitUntil: 'commit' })
      await page.getByLabel('Gebruikersnaam').waitFor({ state: 'visible' })
      await page.getByLabel('Gebruikersnaam').fill('coach')
      login.push(await page.evaluate(() => performance.now()))
      await page.getByLabel('Wachtwoord').fill('tandem-demo')
      await page.keyboard.press('Enter')
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor()
      // Logged in: a cold load of the meeting screen with its real projections.
      await page.goto(`${server.url}/#/weekoverleg`, { waitUntil: 'commit' })
      await page.reload({ waitUntil: 'commit' })
      await page
        .getByRole('button', { name: /^Verdelen / })
        .first()
        .waitFor({ timeout: 10_000 })
      agenda.push(await page.evaluate(() => performance.now()))
      await context.close()
    }
    return {
      ...sizes,
      timeToInteractiveMs: Number(median(login).toFixed(0)),
      timeToInteractiveMaxMs: Number(Math.max(...login).toFixed(0)),
      meetingAgendaReadyMs: Number(median(agenda).toFixed(0)),
      budgetMs: 1000,
      against: 'real server, demo log',
    }
  } finally {
    await browser.close()
    await server.close()
  }
}

// Run on its own: `npx tsx test/bench/sections/web.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await run(), null, 2)}\n`)
}
