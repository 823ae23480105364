import ts from 'typescript'
import { repositoryRoot } from './catalogue/generate.ts'
import { demoLogPath, renderDemoLog } from './demo/render.ts'

/**
 * `npx tsx packages/domain/scripts/demo-log.ts` writes the demo team's log, produced by running
 * commands through the decider; the unit test `demo-log.unit.test.ts` fails when it is stale.
 */
const root = repositoryRoot()
ts.sys.createDirectory(`${root}/events/demo`)
ts.sys.writeFile(`${root}/${demoLogPath}`, renderDemoLog())
ts.sys.write(`wrote ${demoLogPath}\n`)
