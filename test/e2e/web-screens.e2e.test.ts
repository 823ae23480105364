import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hasChromium, launch, screenshotDir, seriousViolations } from './support/browser.ts'
import { buildWeb, distDir } from './support/build-web.ts'
import { startFakeApi } from './support/fake-api.ts'

/**
 * Every screen of the web build in Chromium against a stand-in API with the real response shapes:
 * login, keyboard navigation, axe (no serious or critical violation), screenshots, the meeting's
 * rule rejection and balance change, live updates in a second browser, reflection, audit.
 */
describe.skipIf(!hasChromium)('web app in Chromium (stand-in API)', () => {
  let browser: Browser
  let api: Awaited<ReturnType<typeof startFakeApi>>
  let context: BrowserContext
  let page: Page

  const main = () => page.locator('main#main')
  const shoot = (name: string) => page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true })
  const noSeriousViolations = async () => expect(await seriousViolations(page)).toEqual([])

  beforeAll(async () => {
    buildWeb()
    mkdirSync(screenshotDir, { recursive: true })
    api = await startFakeApi(distDir)
    browser = await launch()
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    page = await context.newPage()
    page.on('pageerror', (error) => console.error('page error:', error))
  })

  afterAll(async () => {
    await browser?.close()
    await api?.close()
  })

  it('shows the Dutch login, refuses a wrong password in Dutch, and logs in', async () => {
    await page.goto(api.url)
    await page.getByLabel('Gebruikersnaam').fill('coach')
    await page.getByLabel('Wachtwoord').fill('fout')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('klopt niet')
    await noSeriousViolations()
    await shoot('00-login')
    await page.getByLabel('Wachtwoord').fill('demo-wachtwoord')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
  })

  it('opens the meeting with who is present', async () => {
    await page.getByRole('button', { name: 'Overleg openen' }).click()
    await page.getByRole('button', { name: 'Overleg sluiten' }).waitFor()
  })

  it('rejects an unregistered regisseur with the rule and what would fix it', async () => {
    await page.getByRole('button', { name: 'Verdelen 2026-041' }).click()
    await page.getByLabel('Regisseur', { exact: true }).selectOption({ label: 'Chris Bakker' })
    await page.getByRole('button', { name: 'Toewijzing opslaan' }).click()
    const alert = main().getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('geregistreerde regisseur')
    expect(await alert.textContent()).toContain('tenzij-bepaling')
    await noSeriousViolations()
    await shoot('01-weekoverleg-rule')
  })

  it('saves a registered regisseur with a tandem partner and shows the balance change; a second browser sees it live', async () => {
    const other = await context.newPage()
    await other.goto(`${api.url}/#/caseloadbalans`)
    await other.getByRole('heading', { name: 'Caseloadbalans', level: 1 }).waitFor()
    await expect.poll(() => other.getByText('Live bijgewerkt').count()).toBe(1)
    await page.getByLabel('Regisseur', { exact: true }).selectOption({ label: 'Anouk de Vries' })
    await page.getByLabel('Tandempartner (optioneel)').selectOption({ label: 'Chris Bakker' })
    await page.getByRole('button', { name: 'Toewijzing opslaan' }).click()
    await expect.poll(() => main().locator('tandem-assignment-form').textContent()).toBeDefined()
    await expect.poll(() => page.locator('tandem-load-bars tr.changed').count()).toBe(2)
    await shoot('02-weekoverleg-saved')
    // The other page refreshed through the live stream: Anouk's load went from 4 to 7.15.
    await expect.poll(() => other.locator('tandem-load-bars tbody tr').first().textContent()).toContain('7,2')
    await other.close()
  })

  for (const [slug, heading, file] of [
    ['caseloadbalans', 'Caseloadbalans', '03-caseloadbalans'],
    ['zonder-regie', 'Zonder regie', '04-zonder-regie'],
    ['mijn-week', 'Mijn week', '05-mijn-week'],
    ['tandems', 'Tandems en registraties', '06-tandems'],
    ['instellingen', 'Teaminstellingen', '07-teaminstellingen'],
  ] as const) {
    it(`reaches ${heading} by keyboard and passes axe`, async () => {
      await page.goto(`${api.url}/#/weekoverleg`)
      await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
      const link = page.getByRole('navigation').getByRole('link', { name: heading })
      await link.focus()
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
      expect(page.url()).toContain(`#/${slug}`)
      await page.waitForLoadState('networkidle')
      await noSeriousViolations()
      await shoot(file)
    })
  }

  it('plans a reflection session and records it as held', async () => {
    await page.goto(`${api.url}/#/reflectietijd`)
    await page.getByLabel('Datum').fill('2026-11-26')
    await page.getByRole('button', { name: 'Sessie plannen' }).click()
    await page.getByText('Opgeslagen.').waitFor()
    await noSeriousViolations()
    await shoot('08-reflectietijd')
    // The participant records it as held from their week, where the next session is.
    await page.getByRole('navigation').getByRole('link', { name: 'Mijn week' }).click()
    await page.getByRole('button', { name: 'Vastleggen als gehouden' }).click()
    await expect.poll(() => page.getByText('Geen reflectie gepland.').count()).toBe(1)
  })

  it('lets the auditor move back in time, see the banner on every screen, and verify the chain', async () => {
    await page.goto(`${api.url}/#/audit`)
    await page.getByRole('heading', { name: 'Audit', level: 1 }).waitFor()
    const slider = page.getByLabel('Schuif door de tijd (positie in het logboek)')
    await slider.focus()
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft')
    await slider.dispatchEvent('change')
    await page.getByText('Je bekijkt de stand').waitFor()
    await page.getByRole('button', { name: 'Keten controleren' }).click()
    await page.getByText('De keten is intact').waitFor()
    await noSeriousViolations()
    await shoot('09-audit')
    await page.getByRole('navigation').getByRole('link', { name: 'Caseloadbalans' }).click()
    await page.getByText('Je bekijkt de stand').waitFor()
  })

  it('switches to English', async () => {
    await page.getByLabel('Taal').selectOption('en')
    await page.getByRole('heading', { name: 'Caseload balance', level: 1 }).waitFor()
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { lang: string } } }).document
            .documentElement.lang,
      ),
    ).toBe('en')
    await shoot('10-english')
    await page.getByLabel('Language').selectOption('nl')
  })
})
