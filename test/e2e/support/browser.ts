import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

/** Debian's Chromium, as CI has it (`apt-get install -y chromium`); TANDEM_CHROMIUM overrides it. */
export const CHROMIUM = process.env.TANDEM_CHROMIUM || '/usr/bin/chromium'
export const hasChromium = existsSync(CHROMIUM)

/** CI sets `CI=true`: there a missing browser is a failure, never a quiet skip. */
export const inCi = Boolean(process.env.CI) && process.env.CI !== 'false' && process.env.CI !== '0'

/** Skip browser tests only on a developer machine without Chromium. */
export const skipBrowser = !hasChromium && !inCi

/** Throws with the fix when Chromium is missing (called in CI, where skipping would hide it). */
export const requireChromium = (): void => {
  if (!hasChromium)
    throw new Error(`Chromium is missing at ${CHROMIUM}: apt-get update && apt-get install -y chromium`)
}

export const launch = (): Promise<Browser> => {
  requireChromium()
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A 1280×800 context (the projector) that collects every Content Security Policy violation into
 * `violations`, whether Chromium reports it on the console or as a `securitypolicyviolation` event:
 * the app must run under the strict CSP the server sends, with no inline script or style.
 */
export const projectorContext = async (browser: Browser, violations: string[]): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  // Injected by the browser itself, so the policy it watches does not block it.
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI))",
  )
  context.on('console', (message) => {
    if (/CSP violation|Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  return context
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeFinding {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

/** Runs axe-core in the page (shadow DOM included) and returns the serious and critical findings. */
export const seriousViolations = async (page: Page): Promise<readonly AxeFinding[]> => {
  await page.evaluate(axeSource)
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[]
          }>
        }
      }
    ).axe
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.map((n) => JSON.stringify(n.target)),
      }))
  })
}

export const screenshotDir = 'test-results/screenshots'
