import { reject, type Verdict } from '../errors/domain-rejection.ts'

/**
 * R9 — Meer ruimte voor professionals: "Vraag aan professionals welk cijfer zij geven aan de kwaliteit van de
 * intervisie." A grade is a whole number from 1 to 10, given by someone who attended.
 */
export const gradesAreValid = (
  grades: ReadonlyArray<{ readonly professionalId: string; readonly grade: number }>,
  attendees: ReadonlyArray<string>,
): Verdict => {
  for (const [index, { professionalId, grade }] of grades.entries()) {
    if (!Number.isInteger(grade) || grade < 1 || grade > 10) {
      return reject({
        code: 'GradeOutOfRange',
        rule: 'R9',
        path: `grades.${index}.grade`,
        nl: 'Een cijfer voor de kwaliteit van de reflectie is een heel getal van 1 tot en met 10.',
        en: 'A grade for the quality of reflection is a whole number from 1 to 10.',
      })
    }
    if (!attendees.includes(professionalId)) {
      return reject({
        code: 'GradeFromNonAttendee',
        rule: 'R9',
        path: `grades.${index}.professionalId`,
        nl: 'Alleen wie aanwezig was, geeft een cijfer voor deze bijeenkomst.',
        en: 'Only those who attended grade this session.',
      })
    }
  }
  return undefined
}
