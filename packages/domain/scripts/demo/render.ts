import { buildDemoLog } from './demo-story.ts'

/** Where the demo log lives, relative to the repository root; the server loads it on a first start. */
export const demoLogPath = 'events/demo/demo-team.ndjson'

/** The demo log as NDJSON: one stored event per line, keys in envelope order. */
export const renderDemoLog = (): string =>
  buildDemoLog()
    .map((line) => JSON.stringify(line))
    .join('\n')
    .concat('\n')
