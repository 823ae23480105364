import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ConsoleWatch,
  launch,
  layoutShift,
  measureLayoutShift,
  requireChromium,
  screenshotDir,
  seriousViolations,
  skipBrowser,
} from './support/browser.ts'
import { buildWeb } from './support/build-web.ts'
import { type RealServer, startRealServer } from './support/real-server.ts'

const PASSWORD = 'tandem-demo'
const ROLES = ['coach', 'p01', 'auditor', 'admin'] as const

/** A phone held upright at its narrowest (WCAG 1.4.10: 320 CSS px) and a desk. */
const PHONE = { width: 320, height: 640 }
const DESK = { width: 1440, height: 900 }

const login = async (context: BrowserContext, url: string, username: string): Promise<Page> => {
  const page = await context.newPage()
  await page.goto(url)
  await page.getByLabel('Gebruikersnaam').fill(username)
  await page.getByLabel('Wachtwoord').fill(PASSWORD)
  await page.keyboard.press('Enter')
  await page.locator('tandem-app-nav').waitFor({ state: 'attached' })
  return page
}

/** Every screen this person's menu offers, as its hash. */
const screensOf = (page: Page): Promise<string[]> =>
  page.locator('tandem-app-nav a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))

/** A screen loaded from scratch (so its layout shift is its own), settled. */
const open = async (page: Page, url: string, hash: string): Promise<void> => {
  await page.goto('about:blank')
  await page.goto(`${url}/${hash}`)
  await page.locator('main h1').first().waitFor()
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

/**
 * Every screen, for every role, on a phone and on a desk, against the real server with the demo
 * team: no sideways scroll at 320 CSS px (WCAG 1.4.10), no layout shift worth the name (CLS < 0.1),
 * no serious or critical axe finding, no console error; a screenshot of each at both widths.
 */
describe.skipIf(skipBrowser)('every screen, every role, phone and desk', () => {
  let server: RealServer
  let browser: Browser

  beforeAll(async () => {
    requireChromium()
    buildWeb()
    mkdirSync(`${screenshotDir}/screens`, { recursive: true })
    server = await startRealServer()
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  for (const role of ROLES) {
    for (const viewport of [PHONE, DESK]) {
      it(`${role} at ${viewport.width} px: fits, holds still, passes axe, logs no error`, async () => {
        const context = await browser.newContext({ viewport })
        const watch = new ConsoleWatch(context)
        await measureLayoutShift(context)
        const page = await login(context, server.url, role)
        const screens = await screensOf(page)
        expect(screens.length).toBeGreaterThan(0)
        const found: string[] = []
        const shifts: string[] = []
        for (const hash of screens) {
          await open(page, server.url, hash)
          const name = `${role}-${hash.replace('#/', '')}-${viewport.width}`
          await page.screenshot({ path: `${screenshotDir}/screens/${name}.png`, fullPage: true })
          const width = await page.evaluate(() => document.documentElement.scrollWidth)
          if (width > viewport.width) found.push(`${hash}: ${width} px wide`)
          const shift = await layoutShift(page)
          shifts.push(`${hash.replace('#/', '')} ${shift.toFixed(3)}`)
          if (shift >= 0.1) found.push(`${hash}: layout shift ${shift.toFixed(3)}`)
          for (const finding of await seriousViolations(page))
            found.push(`${hash}: axe ${finding.id} ${finding.targets[0]}`)
        }
        console.info(`layout shift, ${role} at ${viewport.width} px: ${shifts.join(', ')}`)
        expect(found).toEqual([])
        expect(watch.unexpected()).toEqual([])
        await context.close()
      })
    }
  }

  it('folds the navigation behind a menu button on a phone, and header and menu take little room', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const page = await login(context, server.url, 'coach')
    await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    const heading = await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).boundingBox()
    // Before any content only the app bar: the screen's title starts in the top tenth.
    expect(heading!.y).toBeLessThan(844 / 10)
    const menu = page.getByRole('button', { name: 'Menu' })
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Caseloadbalans' })
      .click()
    await page.getByRole('heading', { name: 'Caseloadbalans', level: 1 }).waitFor()
    // Choosing a screen closes the menu again.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    await context.close()
  })

  it('closes the menu with Escape and gives the keyboard back to the menu button', async () => {
    const context = await browser.newContext({ viewport: PHONE })
    const page = await login(context, server.url, 'coach')
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().focus()
    await page.keyboard.press('Escape')
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false)
    const focused = await page.evaluate(() => {
      let el: Element | null = document.activeElement
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      return el?.textContent?.trim()
    })
    expect(focused).toBe('Menu')
    await context.close()
  })

  it('offers a skip link as the first thing the keyboard reaches, and it lands on the content', async () => {
    const context = await browser.newContext({ viewport: DESK })
    const page = await login(context, server.url, 'coach')
    await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Naar de inhoud' })
    expect(await skip.evaluate((el) => el.matches(':focus'))).toBe(true)
    expect(await skip.isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.locator('main#main').evaluate((el) => el.matches(':focus'))).toBe(true)
    await context.close()
  })

  it('shows a favicon and asks for no /favicon.ico', async () => {
    const icon = await fetch(`${server.url}/favicon.svg`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toContain('svg')
    const context = await browser.newContext()
    const asked: string[] = []
    context.on('request', (request) => asked.push(new URL(request.url()).pathname))
    const page = await context.newPage()
    await page.goto(server.url)
    await page.getByLabel('Gebruikersnaam').waitFor()
    await page.waitForLoadState('networkidle')
    expect(asked).toContain('/favicon.svg')
    expect(asked).not.toContain('/favicon.ico')
    await context.close()
  })
})
