import type { DatabaseCondition, DatabaseUnavailable } from '../event-store/errors.ts'
import { type Bilingual, Failure } from '../failures/failure.ts'

/** A write that failed may or may not have been stored; the command id makes the retry safe either way. */
const RETRY = {
  nl: 'Een opdracht die je opnieuw stuurt met hetzelfde commandId wordt hooguit één keer vastgelegd.',
  en: 'A command sent again with the same commandId is recorded at most once.',
}

const TEXTS: Readonly<Record<DatabaseCondition, { readonly code: string; readonly text: Bilingual }>> = {
  unreachable: {
    code: 'DatabaseUnavailable',
    text: {
      nl: 'De database is op dit moment niet bereikbaar. Probeer het over een paar seconden opnieuw.',
      en: 'The database cannot be reached at the moment. Try again in a few seconds.',
    },
  },
  'not-responding': {
    code: 'DatabaseUnavailable',
    text: {
      nl: 'De database antwoordt op dit moment niet. Probeer het over een paar seconden opnieuw.',
      en: 'The database is not answering at the moment. Try again in a few seconds.',
    },
  },
  timeout: {
    code: 'DatabaseTimeout',
    text: {
      nl: 'De database antwoordde niet op tijd. Probeer het over een paar seconden opnieuw.',
      en: 'The database did not answer in time. Try again in a few seconds.',
    },
  },
  busy: {
    code: 'DatabaseBusy',
    text: {
      nl: 'De database is bezig met andere wijzigingen. Probeer het over een paar seconden opnieuw.',
      en: 'The database is busy with other changes. Try again in a few seconds.',
    },
  },
  overloaded: {
    code: 'DatabaseOverloaded',
    text: {
      nl: 'De database kan er op dit moment niet meer verzoeken bij hebben. Probeer het zo opnieuw.',
      en: 'The database cannot take more requests at the moment. Try again shortly.',
    },
  },
  'disk-full': {
    code: 'DatabaseDiskFull',
    text: {
      nl: 'De schijf van de database is vol: er kan niets worden opgeslagen. Lezen werkt nog. Vraag de beheerder ruimte vrij te maken.',
      en: 'The database disk is full: nothing can be saved. Reading still works. Ask the operator to free space.',
    },
  },
  'read-only': {
    code: 'DatabaseReadOnly',
    text: {
      nl: 'De database neemt op dit moment geen wijzigingen aan. Lezen werkt nog. Vraag de beheerder dit te herstellen.',
      en: 'The database accepts no changes at the moment. Reading still works. Ask the operator to fix this.',
    },
  },
  'io-error': {
    code: 'DatabaseIoError',
    text: {
      nl: 'De schijf van de database gaf een fout. Vraag de beheerder de schijf te controleren.',
      en: 'The database disk reported an error. Ask the operator to check the disk.',
    },
  },
}

/**
 * A database fault as the client sees it: 503, a code and message naming the condition in Dutch and
 * English, and how many seconds to wait (`Retry-After`, at least 1).
 */
export const databaseUnavailableReply = (
  fault: DatabaseUnavailable,
): { readonly failure: Failure; readonly retryAfterSeconds: number } => {
  const { code, text } = TEXTS[fault.condition]
  return {
    failure: new Failure('Unavailable', code, { nl: `${text.nl} ${RETRY.nl}`, en: `${text.en} ${RETRY.en}` }),
    retryAfterSeconds: Math.max(1, Math.ceil(fault.retryAfterMs / 1000)),
  }
}
