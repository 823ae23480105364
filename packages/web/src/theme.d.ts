/** The theme's tokens file, chosen at build time (vite.config.ts: `TANDEM_THEME`). */
declare module 'tandem-theme' {}
