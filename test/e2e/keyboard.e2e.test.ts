import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConsoleWatch, launch, requireChromium, skipBrowser } from './support/browser.ts'
import { buildWeb } from './support/build-web.ts'
import { type RealServer, startRealServer } from './support/real-server.ts'

const PASSWORD = 'tandem-demo'
const CASE = '2026-084'

/** The element that has the keyboard, through every shadow root: its id, name and text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return {
      id: el?.id ?? '',
      tag: el?.tagName.toLowerCase() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      value: (el as HTMLInputElement | null)?.value ?? '',
      inResult: Boolean(el?.closest('#assign-result')),
    }
  })

/**
 * The keyboard, against the real server with the demo team: the coach's core task — weigh a new
 * case, choose regisseur and tandem partner, preview, save — in at most 40 key presses (issue 19
 * counted 98); focus on the result after a preview and a save, back on the trigger after cancel;
 * one refresh per decision, not one per reply and one per live message.
 */
describe.skipIf(skipBrowser)('by keyboard, against the real server', () => {
  let server: RealServer
  let browser: Browser

  beforeAll(async () => {
    requireChromium()
    buildWeb()
    server = await startRealServer()
    browser = await launch()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  const loggedIn = async (username: string, hash: string) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const watch = new ConsoleWatch(context)
    const page = await context.newPage()
    await page.goto(server.url)
    await page.getByLabel('Gebruikersnaam').fill(username)
    await page.getByLabel('Wachtwoord').fill(PASSWORD)
    await page.keyboard.press('Enter')
    await page.locator('tandem-app-nav').waitFor()
    // A fresh load of the screen, as someone arriving by a link: focus starts at the top.
    await page.goto(`${server.url}/${hash}`)
    await page.reload()
    await page.locator('main h1').waitFor()
    await page.waitForLoadState('networkidle')
    return { context, page, watch }
  }

  it('weighs a case, chooses regisseur and partner, previews and saves in at most 40 key presses', async () => {
    const { context, page, watch } = await loggedIn('coach', '#/weekoverleg')
    let presses = 0
    let typed = 0
    const press = async (key: string, times = 1) => {
      for (let i = 0; i < times; i++) {
        await page.keyboard.press(key)
        presses++
      }
    }
    const type = async (text: string) => {
      await page.keyboard.type(text)
      typed += text.length
    }

    await press('Tab') // the skip link
    await press('Enter') // into the content
    // Presence is folded: print, "change who is present", open the meeting, then the first case.
    await press('Tab', 4)
    expect((await focused(page)).label).toBe(`Verdelen ${CASE}`)
    await press('Enter')
    await page.getByRole('heading', { name: `Casus ${CASE} wegen en verdelen` }).waitFor()

    await press('Tab') // the first indicator: the child is unsafe
    await press('Space')
    await press('Tab', 4) // past the other three indicators, onto the intensity
    await press('ArrowRight') // moderate → heavy
    expect((await focused(page)).value).toBe('heavy')
    await press('Tab')
    await type('Zorgen over veiligheid thuis; melding Veilig Thuis.')
    await press('Tab')
    await press('Enter') // save the weighing
    await page.getByText('De weging is opgeslagen.').waitFor()
    // Focus is on the saved notice; the next step is one press past the button.
    expect((await focused(page)).text).toBe('De weging is opgeslagen.')
    await press('Tab')

    await press('Tab') // the regisseur
    expect((await focused(page)).id).toBe('pick-regisseur')
    await press('a') // Anouk (SKJ)
    expect((await focused(page)).value).toBe('p01')
    await press('Tab') // the tandem partner
    await press('g') // Gijs, thuisbegeleider
    expect((await focused(page)).value).toBe('p07')
    await press('Tab', 2) // past the exemption, onto "Toon effect"
    expect((await focused(page)).text).toBe('Toon effect')
    await press('Enter')
    await page.getByText('Dit voldoet aan de norm.').waitFor()
    // Focus followed the result: no 42 presses back from the top of the page.
    expect((await focused(page)).inResult).toBe(true)

    await press('Shift+Tab') // back to "Toewijzing opslaan", just before the result
    expect((await focused(page)).text).toBe('Toewijzing opslaan')
    await press('Enter')
    await page.getByText('De toewijzing is opgeslagen.').waitFor()
    expect((await focused(page)).inResult).toBe(true)
    await expect.poll(() => page.getByRole('button', { name: `Verdelen ${CASE}` }).count()).toBe(0)

    console.info(`weigh–assign task: ${presses} key presses (and ${typed} characters of reasoning typed)`)
    expect(presses).toBeLessThanOrEqual(40)
    expect(watch.unexpected()).toEqual([])
    await context.close()
  })

  it('refreshes the agenda and the colleagues once when the meeting opens, not once per reply and live message', async () => {
    const { context, page, watch } = await loggedIn('coach', '#/weekoverleg')
    await page.getByText('Live bijgewerkt').waitFor({ state: 'attached' })
    const gets: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname
      if (request.method() === 'GET' && /\/(agenda|professionals)$/.test(path))
        gets.push(path.split('/').at(-1)!)
    })
    await page.getByRole('button', { name: 'Overleg openen' }).click()
    await page.getByRole('button', { name: 'Overleg sluiten' }).waitFor()
    // Long enough for the live stream's message about the same append to have arrived too.
    await page.waitForTimeout(1500)
    await page.waitForLoadState('networkidle')
    expect(gets.sort()).toEqual(['agenda', 'professionals'])
    expect(watch.unexpected()).toEqual([])
    await context.close()
  })

  it('gives the keyboard back to the button that opened a question when it is cancelled', async () => {
    const { context, page, watch } = await loggedIn('admin', '#/accounts')
    const erase = page.getByRole('button', { name: 'Wissen: Demo-auditor' })
    await erase.focus()
    await page.keyboard.press('Enter')
    await page.getByText('Demo-auditor wissen?').waitFor()
    expect((await focused(page)).text).toContain('Demo-auditor wissen?')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab') // "Ja, wissen", then "Annuleren"
    expect((await focused(page)).text).toBe('Annuleren')
    await page.keyboard.press('Enter')
    expect((await focused(page)).label).toBe('Wissen: Demo-auditor')
    expect(watch.unexpected()).toEqual([])
    await context.close()
  })

  it('puts an error summary at the top of a form, linking to the field, in the user’s language', async () => {
    const { context, page, watch } = await loggedIn('p01', '#/mijn-week')
    await page.getByRole('button', { name: 'Werkdruksignaal geven' }).click()
    const summary = page.locator('.tandem-error-summary')
    await summary.waitFor()
    expect((await focused(page)).text).toContain('Er is een probleem')
    const link = summary.getByRole('link')
    expect(await link.textContent()).toContain('Wat houdt je tegen')
    await link.click()
    expect((await focused(page)).id).toBe('description')
    expect(await page.locator('#description').getAttribute('aria-invalid')).toBe('true')
    expect(watch.unexpected()).toEqual([])
    await context.close()
  })
})
