import type { WorkloadSignal } from '../decider/state.ts'
import { reject, type Verdict } from '../errors/domain-rejection.ts'

/**
 * R11 — Model Professioneel Statuut: "Professional en/of organisatie hebben de verantwoordelijkheid om te
 * signaleren … het gesprek hierover met elkaar aan te gaan." A signal gets one answer, so the log shows when
 * the organisation answered; a follow-up is a new signal.
 */
export const signalIsOpen = (signal: WorkloadSignal): Verdict =>
  signal.status === 'open'
    ? undefined
    : reject({
        code: 'SignalAlreadyAnswered',
        rule: 'R11',
        path: 'signalId',
        nl: 'Dit werkdruksignaal is al beantwoord. Blijft de werkdruk, laat dan een nieuw signaal afgeven.',
        en: 'This workload signal has already been answered. If the pressure remains, raise a new signal.',
      })
