import { mkdirSync, rmSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ConsoleWatch,
  launch,
  projectorContext,
  requireChromium,
  screenshotDir,
  seriousViolations,
  skipBrowser,
} from './support/browser.ts'
import { buildWeb } from './support/build-web.ts'
import { type RealServer, startRealServer } from './support/real-server.ts'

/** Demo accounts of the real server in demo mode (packages/server/src/demo/demo-accounts.ts). */
const PASSWORD = 'tandem-demo'
const CASE = '2026-084'

/** The Dutch date the screens write for an ISO day (same Intl options as the web app). */
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  )

/**
 * The main scenario against the REAL server (`tsx packages/server/src/main.ts`, temp SQLite file,
 * demo log): a coach runs the weekly meeting — assesses a new case that needs registration, sees the
 * rule refuse an unregistered regisseur, saves a registered one with an unregistered tandem partner
 * after the preview, and watches the balance change while a colleague's browser follows live —
 * accepts one item of the planner's whole-meeting proposal, plans and holds a reflection session;
 * then an auditor moves back in time and verifies the chain. axe on every screen, screenshots of each.
 */
describe.skipIf(skipBrowser)('Tandem against the real server', () => {
  let server: RealServer
  let browser: Browser
  let coach: BrowserContext
  let page: Page
  let watch: ConsoleWatch
  /** the other people's browsers (a colleague, a professional, the auditor) */
  const others: ConsoleWatch[] = []
  const cspViolations: string[] = []
  const otherContext = async () => {
    const context = await projectorContext(browser, cspViolations)
    others.push(new ConsoleWatch(context))
    return context
  }

  const main = () => page.locator('main#main')
  const shoot = (p: Page, name: string) =>
    p.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true })
  const noSeriousViolations = async (p: Page = page) => {
    const found = await seriousViolations(p)
    // The findings name the rule and the element, so a CI log says what to fix.
    if (found.length > 0) console.error('axe:', JSON.stringify(found, null, 2))
    expect(found).toEqual([])
  }

  const login = async (context: BrowserContext, username: string, path = ''): Promise<Page> => {
    const p = await context.newPage()
    p.on('pageerror', (error) => console.error(`page error (${username}):`, error))
    await p.goto(`${server.url}/${path}`)
    await p.getByLabel('Gebruikersnaam').fill(username)
    await p.getByLabel('Wachtwoord').fill(PASSWORD)
    await p.keyboard.press('Enter')
    await p.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor()
    return p
  }

  const visit = async (p: Page, slug: string, heading: string) => {
    await p.goto(`${server.url}/#/${slug}`)
    await p.getByRole('heading', { name: heading, level: 1 }).waitFor()
    await p.waitForLoadState('networkidle')
  }

  const rowOf = (p: Page, name: string) =>
    p.locator('tandem-balance-screen tandem-load-bars tbody tr', { hasText: name }).first()

  beforeAll(async () => {
    requireChromium()
    buildWeb()
    rmSync(screenshotDir, { recursive: true, force: true })
    mkdirSync(screenshotDir, { recursive: true })
    server = await startRealServer()
    browser = await launch()
    coach = await projectorContext(browser, cspViolations)
    watch = new ConsoleWatch(coach)
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('refuses a wrong password in Dutch, then logs the coach in', async () => {
    const first = await coach.newPage()
    await first.goto(server.url)
    await first.getByLabel('Gebruikersnaam').fill('coach')
    await first.getByLabel('Wachtwoord').fill('fout-wachtwoord')
    watch.expect(/status of 401/)
    await first.getByRole('button', { name: 'Inloggen' }).click()
    await expect.poll(() => first.getByRole('alert').textContent()).toContain('klopt niet')
    await noSeriousViolations(first)
    await shoot(first, '00-login')
    await first.close()
    page = await login(coach, 'coach')
    await page.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
  })

  it('opens the meeting with who is present', async () => {
    await page.getByRole('button', { name: 'Overleg openen' }).click()
    await page.getByRole('button', { name: 'Overleg sluiten' }).waitFor()
  })

  it('assesses a new case that needs registration and explains its weight', async () => {
    await page.getByRole('button', { name: `Verdelen ${CASE}` }).click()
    await page.getByRole('heading', { name: `Casus ${CASE} wegen en verdelen` }).waitFor()
    await page.getByLabel('Het kind is in een onveilige of risicovolle situatie').check()
    await page.getByLabel('zwaar', { exact: true }).check()
    await page.locator('#reasoning').fill('Zorgen over veiligheid thuis; melding Veilig Thuis.')
    await page.getByRole('button', { name: 'Weging opslaan' }).click()
    const weight = page.locator('tandem-case-weight-view section')
    await expect.poll(() => weight.textContent()).toContain('Intensiteit: zwaar')
    expect(await weight.textContent()).toContain('vraagt een geregistreerde professional')
  })

  it('shows the planner’s candidates with reasons and the colleagues the norm excludes', async () => {
    const ranking = page.locator('tandem-candidate-ranking')
    await expect.poll(() => ranking.getByRole('heading', { name: 'Als regisseur' }).count()).toBe(1)
    await expect.poll(() => ranking.locator('tandem-reason-list').count()).toBeGreaterThan(0)
    await ranking.getByText(/uitgesloten, met de regel/).click()
    await expect.poll(() => ranking.locator('tandem-exclusion-list li').count()).toBeGreaterThan(0)
    expect(await ranking.locator('tandem-exclusion-list ul').textContent()).toContain('Gijs')
  })

  it('previews an unregistered regisseur and shows the rule and what would fix it', async () => {
    await page.getByLabel('Regisseur', { exact: true }).selectOption('p07') // Gijs, thuisbegeleider (mbo)
    watch.expect(/status of 422/)
    await page.getByRole('button', { name: 'Toon effect' }).click()
    const verdict = main().locator('tandem-norm-verdict').getByRole('alert')
    await expect.poll(() => verdict.textContent()).toContain('voldoet niet aan de norm')
    const text = (await verdict.textContent()) ?? ''
    expect(text).toContain('Kies een geregistreerde regisseur')
    expect(text).toContain('Anouk')
    expect(text).toContain('tenzij-bepaling')
    await noSeriousViolations()
    await shoot(page, '01-weekoverleg-rule')
  })

  it('previews a registered regisseur with an unregistered tandem partner, saves, and a colleague sees it live', async () => {
    const colleague = await otherContext()
    const other = await login(colleague, 'p01', '#/caseloadbalans')
    await visit(other, 'caseloadbalans', 'Caseloadbalans')
    await expect.poll(() => other.getByText('Live bijgewerkt').count()).toBe(1)
    const anouk = await rowOf(other, 'Anouk').textContent()

    await page.getByLabel('Regisseur', { exact: true }).selectOption('p01') // Anouk, SKJ
    await page.getByLabel('Tandempartner (optioneel)').selectOption('p07') // Gijs, not registered
    await page.getByRole('button', { name: 'Toon effect' }).click()
    await page.getByText('Dit voldoet aan de norm.').waitFor()
    await expect
      .poll(() => page.locator('tandem-assignment-form tandem-load-bars tr.changed').count())
      .toBe(2)
    await shoot(page, '02-weekoverleg-preview')

    await page.getByRole('button', { name: 'Toewijzing opslaan' }).click()
    await page.getByText('De toewijzing is opgeslagen.').waitFor()
    await expect.poll(() => page.getByRole('button', { name: `Verdelen ${CASE}` }).count()).toBe(0)
    await noSeriousViolations()
    await shoot(page, '03-weekoverleg-saved')

    // The colleague's page followed the live stream: Anouk's bar moved without a reload.
    await expect.poll(() => rowOf(other, 'Anouk').textContent(), { timeout: 15_000 }).not.toBe(anouk)
    await shoot(other, '04-caseloadbalans-live')
    await colleague.close()
  })

  it('proposes the whole meeting and records one accepted item as a decision of the meeting', async () => {
    const proposal = page.locator('tandem-meeting-proposal')
    await proposal.getByRole('button', { name: 'Stel het hele overleg voor' }).click()
    await expect.poll(() => proposal.getByRole('status').first().textContent()).toContain('ondergrens')
    const first = proposal.locator('tandem-proposal-item').first()
    const reference = ((await first.locator('h4').textContent()) ?? '').replace('Casus', '').trim()
    await noSeriousViolations()
    await shoot(page, '05-weekoverleg-proposal')
    await first.getByRole('button', { name: 'Accepteren' }).click()
    await expect.poll(() => first.locator('article').textContent()).toContain('geaccepteerd')
    // Nothing else was assigned without a decision.
    expect(await proposal.getByText('geaccepteerd').count()).toBe(1)
    // Accepted items are ordinary decisions: the case has regie now, the others still wait.
    await visit(page, 'zonder-regie', 'Zonder regie')
    const waiting = page.locator('tandem-unassigned-table tbody')
    await expect.poll(() => waiting.textContent()).not.toContain(reference)
    expect(await waiting.textContent()).toContain('2026-090')
  })

  for (const [slug, heading, file] of [
    ['caseloadbalans', 'Caseloadbalans', '06-caseloadbalans'],
    ['zonder-regie', 'Zonder regie', '07-zonder-regie'],
    ['tandems', 'Tandems en registraties', '08-tandems'],
    ['instellingen', 'Teaminstellingen', '09-teaminstellingen'],
    ['audit', 'Audit', '10-audit-coach'],
  ] as const) {
    it(`reaches ${heading} by keyboard and passes axe`, async () => {
      const link = page.getByRole('navigation').getByRole('link', { name: heading })
      await link.focus()
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor()
      expect(page.url()).toContain(`#/${slug}`)
      await page.waitForLoadState('networkidle')
      await noSeriousViolations()
      await shoot(page, file)
    })
  }

  it('shows the team’s balance over past weeks', async () => {
    await visit(page, 'caseloadbalans', 'Caseloadbalans')
    await expect.poll(() => page.locator('tandem-balance-history-table tbody tr').count()).toBeGreaterThan(3)
  })

  it('shows the effect of a settings change before saving it', async () => {
    await visit(page, 'instellingen', 'Teaminstellingen')
    await page.getByLabel('Punten per fte').fill('36')
    await page.getByLabel('Waarom deze wijziging?').fill('Minder punten per fte na de werkdrukmeting.')
    await page.getByRole('button', { name: 'Toon effect' }).click()
    await expect
      .poll(() => page.locator('tandem-settings-screen tandem-load-bars tbody tr').count())
      .toBeGreaterThan(5)
    await shoot(page, '11-teaminstellingen-effect')
  })

  it('plans a reflection session and records it as held, with grades and minutes', async () => {
    await visit(page, 'reflectietijd', 'Reflectietijd')
    const day = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Datum').fill(day)
    await page.getByRole('button', { name: 'Reflectiesessie plannen' }).click()
    await page.getByText('De reflectiesessie is gepland.').waitFor()
    const card = page.locator('tandem-session-list section', { hasText: dutchDate(day) })
    await card.waitFor()
    await noSeriousViolations()
    await shoot(page, '12-reflectietijd')
    await card.getByLabel(/^Korte notulen/).fill('Over grenzen stellen bij crisisdruk.')
    await card.getByRole('button', { name: 'Vastleggen als gehouden' }).click()
    await expect.poll(() => card.count()).toBe(0)
  })

  it('shows a professional their week', async () => {
    const own = await otherContext()
    const p = await login(own, 'p07', '#/mijn-week')
    await visit(p, 'mijn-week', 'Mijn week')
    await expect.poll(() => p.getByText(CASE).count()).toBeGreaterThan(0)
    await noSeriousViolations(p)
    await shoot(p, '13-mijn-week')
    await own.close()
  })

  it('lets the auditor move back to before the meeting, see the earlier state, and verify the chain', async () => {
    const context = await otherContext()
    const auditor = await login(context, 'auditor')
    await auditor.getByRole('heading', { name: 'Audit', level: 1 }).waitFor()
    await expect.poll(() => auditor.locator('tandem-audit-timeline tbody tr').count()).toBeGreaterThan(10)
    expect(await auditor.locator('tandem-audit-timeline tbody').textContent()).toContain('Regie toegewezen')
    // Actors by account name, not by id.
    expect(await auditor.locator('tandem-audit-timeline tbody').textContent()).toContain('Demo-coach')

    await auditor.getByRole('button', { name: 'Keten controleren' }).click()
    await auditor.getByText('De keten is intact').waitFor()
    await noSeriousViolations(auditor)
    await shoot(auditor, '14-audit-auditor')

    // The demo log holds 367 events: position 367 is the team just before today's meeting.
    const slider = auditor.getByLabel('Schuif door de tijd (positie in het logboek)')
    await slider.fill('367')
    await slider.dispatchEvent('change')
    await auditor.getByText('Je bekijkt de stand').waitFor()
    await auditor.getByRole('navigation').getByRole('link', { name: 'Weekoverleg' }).click()
    await auditor.getByRole('heading', { name: 'Weekoverleg', level: 1 }).waitFor()
    // Back then the case was still new, waiting to be divided.
    await expect.poll(() => auditor.getByText(CASE).count()).toBeGreaterThan(0)
    await expect.poll(() => auditor.getByRole('button', { name: 'Overleg sluiten' }).count()).toBe(0)
    await noSeriousViolations(auditor)
    await shoot(auditor, '15-audit-earlier-state')
    await context.close()
  })

  it('switches to English', async () => {
    await visit(page, 'caseloadbalans', 'Caseloadbalans')
    await page.getByLabel('Taal').selectOption('en')
    await page.getByRole('heading', { name: 'Caseload balance', level: 1 }).waitFor()
    await shoot(page, '16-english')
    await page.getByLabel('Language').selectOption('nl')
  })

  it('logs no console error on any screen above, beyond the refusals it provoked on purpose', () => {
    expect([watch, ...others].flatMap((w) => w.unexpected())).toEqual([])
  })

  it('runs every screen above under the strict CSP the server sends, without one violation', async () => {
    const csp = (await fetch(server.url)).headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(cspViolations).toEqual([])
  })
})

/** The first-admin page behind the link a fresh, non-demo server prints. */
describe.skipIf(skipBrowser)('first-admin setup against the real server', () => {
  let server: RealServer
  let browser: Browser

  beforeAll(async () => {
    requireChromium()
    server = await startRealServer({ demo: false })
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  let page: Page
  let setupWatch: ConsoleWatch
  const cspViolations: string[] = []

  it('creates the first admin from the printed link and logs them in', async () => {
    await expect.poll(() => server.output()).toMatch(/#\/setup\?token=/)
    const link = server.output().match(/https?:\/\/\S+#\/setup\?token=\S+/)![0]
    const context = await projectorContext(browser, cspViolations)
    setupWatch = new ConsoleWatch(context)
    page = await context.newPage()
    await page.goto(link.replace(/^https?:\/\/[^/]+/, server.url))
    await page.getByRole('heading', { name: 'Eerste beheerder aanmaken' }).waitFor()
    await page.getByLabel('Naam', { exact: true }).fill('Beheerder Noord')
    await page.getByLabel('Wachtwoord').fill('een lange beheerderszin')
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `${screenshotDir}/17-setup.png`, fullPage: true })
    await page.getByRole('button', { name: 'Beheerder aanmaken' }).click()
    await page.getByText('Ingelogd als Beheerder Noord').waitFor()
  })

  it('lands the admin on Accounts and creates a coach account with the keyboard alone', async () => {
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor()
    await page.getByLabel('Gebruikersnaam').focus()
    await page.keyboard.type('coach.noord')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Carla Coach')
    await page.keyboard.press('Tab')
    await page.keyboard.type('een lange coachzin')
    await page.getByLabel('Rol').selectOption('coach')
    await page.getByRole('button', { name: 'Account aanmaken' }).focus()
    await page.keyboard.press('Enter')
    await page.getByText('Account Carla Coach is aangemaakt.').waitFor()
    await expect
      .poll(() => page.locator('tandem-accounts-screen tbody').textContent())
      .toContain('coach.noord')
  })

  it('issues a bearer token shown once, and passes axe', async () => {
    await page.getByRole('button', { name: 'Token uitgeven: Carla Coach' }).click()
    await page.getByLabel('Waarvoor (label)').fill('rapportage-script')
    await page.getByRole('button', { name: 'Token uitgeven', exact: true }).click()
    await page.getByText('het wordt maar één keer getoond').waitFor()
    expect(await page.locator('tandem-token-form code').textContent()).toMatch(/^tdm_/)
    expect(await seriousViolations(page)).toEqual([])
    await page.screenshot({ path: `${screenshotDir}/18-accounts.png`, fullPage: true })
  })

  it('runs the setup and account screens without a CSP violation or a console error', () => {
    expect(cspViolations).toEqual([])
    expect(setupWatch.unexpected()).toEqual([])
  })
})
