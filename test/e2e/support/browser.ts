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

/**
 * Every console error and uncaught page error of a browser context, so a test suite can fail on
 * them (issue 19: a 401 at login and a 404 for the favicon went unnoticed). A test that provokes a
 * refusal on purpose — a wrong password, a rule the preview enforces — says which one it expects
 * with `expect`; each expectation excuses one matching error.
 */
export class ConsoleWatch {
  readonly #errors: string[] = []
  readonly #expected: RegExp[] = []

  constructor(context: BrowserContext) {
    context.on('console', (message) => {
      if (message.type() === 'error') this.#record(`${message.text()} (${message.location().url})`)
    })
    context.on('weberror', (error) => this.#record(`page error: ${error.error().message}`))
  }

  /** The next console error matching `pattern` is expected (a deliberate refusal). */
  expect(pattern: RegExp): void {
    this.#expected.push(pattern)
  }

  /** The errors nobody expected, for `expect(watch.unexpected()).toEqual([])`. */
  unexpected(): readonly string[] {
    return [...this.#errors]
  }

  #record(text: string): void {
    const i = this.#expected.findIndex((pattern) => pattern.test(text))
    if (i >= 0) this.#expected.splice(i, 1)
    else this.#errors.push(text)
  }
}

/** Collects layout shifts from the start of every page of a context (CLS, without input-driven ones). */
export const measureLayoutShift = async (context: BrowserContext): Promise<void> => {
  await context.addInitScript(`
    globalThis.__tandemShift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) globalThis.__tandemShift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  `)
}

/** The layout shift the page has had since it loaded (see `measureLayoutShift`). */
export const layoutShift = (page: Page): Promise<number> =>
  page.evaluate(() => (globalThis as unknown as { __tandemShift: number }).__tandemShift)
