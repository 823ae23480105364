/**
 * A progress line (to stderr, for the command) at most once a second (and always for the last batch), so a long copy
 * shows it is alive without flooding a log: `copy: 250,000 of 1,000,000 events (25%), 81,234 events/s`.
 */
export const progressLine = (label: string, first: number, last: number, say: (line: string) => void) => {
  const started = Date.now()
  let shown = 0
  const total = last - first + 1
  return (copiedUpTo: number) => {
    const now = Date.now()
    if (copiedUpTo < last && now - shown < 1000) return
    shown = now
    const done = copiedUpTo - first + 1
    const rate = Math.round((done * 1000) / Math.max(1, now - started))
    const percent = total === 0 ? 100 : Math.floor((done * 100) / total)
    say(
      `${label}: ${copiedUpTo.toLocaleString('en')} of ${last.toLocaleString('en')} events (${percent}%), ${rate.toLocaleString('en')} events/s`,
    )
  }
}
