import { cpus } from 'node:os'
import * as append from './append.ts'
import * as replay from './replay.ts'

/**
 * `npm run bench`: runs each section in turn and prints ONE JSON document on stdout, a key per
 * section; progress goes to stderr. A section is a module exporting `name` and `run()`; later issues
 * add theirs to this list. BENCH_EVENTS shrinks the replay log (default 1,000,000).
 */
interface Section {
  readonly name: string
  readonly run: () => Promise<object>
}

const sections: readonly Section[] = [append, replay]

const document: Record<string, unknown> = {
  machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model },
}
for (const section of sections) {
  process.stderr.write(`bench: ${section.name}…\n`)
  document[section.name] = await section.run()
}
process.stdout.write(`${JSON.stringify(document, null, 2)}\n`)
