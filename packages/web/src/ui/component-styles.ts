import componentsUrl from './components.css?url'

/**
 * The NL Design System component sheet (`components.css`), shared by every component's shadow root.
 * It ships as a CSS asset, not inside the JavaScript, and is fetched once at start; the sheet object
 * exists from the first import so components can list it in `static styles` before it is filled.
 * Filling an adopted sheet restyles every shadow root that holds it at once.
 */
export const componentStyles = new CSSStyleSheet()

let loading: Promise<void> | undefined

/** Loads the sheet (once); resolves even when it fails, so the app still works unstyled. */
export const loadComponentStyles = (): Promise<void> => {
  loading ??= fetch(componentsUrl)
    .then((reply) => (reply.ok ? reply.text() : ''))
    .then((text) => componentStyles.replace(text))
    .then(() => undefined)
    .catch(() => undefined)
  return loading
}
