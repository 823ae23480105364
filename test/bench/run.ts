import { existsSync } from 'node:fs'
import { cpus } from 'node:os'
import * as append from './sections/append.ts'
import * as backup from './sections/backup.ts'
import * as coldStart from './sections/cold-start.ts'
import * as load from './sections/load.ts'
import * as planner from './sections/planner.ts'
import * as projections from './sections/projections.ts'
import * as replay from './sections/replay.ts'
import * as web from './sections/web.ts'

/**
 * `npm run bench`: runs each section in turn and prints ONE JSON document on stdout, a key per
 * section; progress goes to stderr. A section is a module exporting `name` and `run()`. A section
 * that fails reports `{ error }` and the others still run; `web` reports `{ skipped: "no chromium" }`
 * where /usr/bin/chromium is missing.
 *
 * Sizes from the environment: BENCH_EVENTS (default 1,000,000) is the length of the replay log and of
 * the domain log that projections and coldStart share; BENCH_LOAD_SECONDS (default 10) the command
 * run of the load section. About 6–8 minutes on a 2-core machine at the defaults.
 */
interface Section {
  readonly name: string
  readonly run: () => Promise<object>
}

const CHROMIUM = '/usr/bin/chromium'

const webSection: Section = {
  name: web.name,
  run: () => (existsSync(CHROMIUM) ? web.run() : Promise.resolve({ skipped: 'no chromium' })),
}

const sections: readonly Section[] = [
  append,
  replay,
  projections,
  coldStart,
  backup,
  load,
  planner,
  webSection,
]

const document: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
}
const started = Date.now()
for (const section of sections) {
  process.stderr.write(`bench: ${section.name}…\n`)
  const sectionStarted = Date.now()
  try {
    document[section.name] = await section.run()
  } catch (error) {
    document[section.name] = { error: error instanceof Error ? error.message : String(error) }
  }
  process.stderr.write(`bench: ${section.name} took ${Math.round((Date.now() - sectionStarted) / 1000)} s\n`)
}
document.seconds = Math.round((Date.now() - started) / 1000)
process.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
// Section servers and pools are closed; exit anyway so a stray timer cannot hold the run open.
process.exit(0)
