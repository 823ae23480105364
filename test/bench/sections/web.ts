import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { hasChromium, launch } from '../../e2e/support/browser.ts'
import { buildWeb, distDir } from '../../e2e/support/build-web.ts'
import { startFakeApi } from '../../e2e/support/fake-api.ts'

/**
 * `npm run bench` section "web" (DESIGN.md §7: JavaScript under 150 KB gzip, first screen
 * interactive under 1 s on localhost). Sizes come from the production build; time-to-interactive
 * is measured in Debian's Chromium from navigation start until the login form accepts input, the
 * median of several cold page loads (new browser context each, so no cache).
 */
export const name = 'web'

const gzipKb = (files: readonly string[]) =>
  files.reduce((total, file) => total + gzipSync(readFileSync(file), { level: 9 }).length, 0) / 1024

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
  const api = await startFakeApi(distDir)
  const browser = await launch()
  try {
    const samples: number[] = []
    for (let i = 0; i < 7; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(api.url, { waitUntil: 'commit' })
      await page.getByLabel('Gebruikersnaam').waitFor({ state: 'visible' })
      await page.getByLabel('Gebruikersnaam').fill('x')
      samples.push(await page.evaluate(() => performance.now()))
      await context.close()
    }
    samples.sort((a, b) => a - b)
    return {
      ...sizes,
      timeToInteractiveMs: Number(samples[Math.floor(samples.length / 2)]!.toFixed(0)),
      timeToInteractiveMaxMs: Number(samples.at(-1)!.toFixed(0)),
      budgetMs: 1000,
    }
  } finally {
    await browser.close()
    await api.close()
  }
}

// Run on its own: `npx tsx test/bench/sections/web.ts`.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await run(), null, 2)}\n`)
}
