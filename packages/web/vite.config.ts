import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createLogger, defineConfig } from 'vite'

/**
 * @utrecht/unordered-list-css puts its licence comment before its `@charset`: harmless (the sheet is
 * UTF-8 either way), so that one warning is not repeated on every build.
 */
const logger = createLogger()
const warn = logger.warn.bind(logger)
logger.warn = (message, options) => {
  if (!message.includes('@charset must precede')) warn(message, options)
}

/**
 * The house style is one tokens file (NL Design System token architecture). `TANDEM_THEME` names a
 * theme shipped in `src/styles/themes/` (`tandem`, the default; `utrecht`) or the path of a
 * municipality's own tokens file; the build imports it as `tandem-theme`.
 */
const theme = (name = process.env.TANDEM_THEME || 'tandem'): string => {
  const shipped = resolve(import.meta.dirname, `src/styles/themes/${name}.css`)
  if (existsSync(shipped)) return shipped
  const own = resolve(process.cwd(), name)
  if (existsSync(own)) return own
  throw new Error(`TANDEM_THEME=${name}: no such theme in src/styles/themes/ and no such file`)
}

export default defineConfig({
  resolve: { alias: { 'tandem-theme': theme() } },
  build: {
    outDir: 'dist',
    target: 'es2022',
  },
  customLogger: logger,
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
})
