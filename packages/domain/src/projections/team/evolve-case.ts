import type { CaseEvent } from '../../events/index.ts'
import { requiresRegistration } from '../../rules/registration.ts'
import type { DateOnly } from '../../shared/primitives.ts'
import type { Exemption } from '../../shared/vocabulary.ts'
import type { ProjectedEvent } from '../projection.ts'
import { type CaseView, pairKey, type TeamState } from './team-state.ts'

/** Applies one case event in place; `on` is the day it occurred (regie and members carry no date). */
export const evolveCase = (
  state: TeamState,
  event: CaseEvent,
  stored: ProjectedEvent,
  on: DateOnly,
): void => {
  if (event._tag === 'CaseRegistered') {
    state.cases[event.caseId] = {
      id: event.caseId,
      reference: event.reference,
      receivedOn: event.receivedOn,
      setting: event.setting,
      expertiseNeeded: [...event.expertiseNeeded],
      members: [],
      contacts: {},
      plans: [],
      timeline: [],
    }
    state.openCases[event.caseId] = true
    return
  }
  const view = state.cases[event.caseId]
  if (!view) return
  switch (event._tag) {
    case 'CaseAssessed':
      view.assessment = {
        indicators: event.indicators,
        intensity: event.intensity,
        reasoning: event.reasoning,
        on,
      }
      view.timeline.push({
        kind: 'assessed',
        on,
        needsRegistration: requiresRegistration(event.indicators),
        reasoning: event.reasoning,
        indicators: event.indicators,
        intensity: event.intensity,
      })
      return
    case 'RegieAssigned':
      view.regie = { professionalId: event.professionalId, since: on }
      view.firstRegieOn ??= on
      if (event.exemption) {
        view.regie.exemption = event.exemption
        recordExemption(state, view, event.professionalId, 'regisseur', event.exemption, stored)
      }
      view.timeline.push({
        kind: 'regie-assigned',
        on,
        professionalId: event.professionalId,
        ...(event.exemption ? { exemption: event.exemption } : {}),
      })
      return
    case 'RegieReleased':
      delete view.regie
      view.regieReleasedOn = on
      view.timeline.push({
        kind: 'regie-released',
        on,
        professionalId: event.professionalId,
        reason: event.reason,
      })
      return
    case 'CaseMemberAdded': {
      const { professionalId, role, supervisorId, contactIntervalDays, exemption } = event
      view.members = view.members.filter((member) => member.professionalId !== professionalId)
      view.members.push({
        professionalId,
        role,
        since: on,
        ...(supervisorId !== undefined ? { supervisorId } : {}),
        ...(contactIntervalDays !== undefined ? { contactIntervalDays } : {}),
        ...(exemption ? { exemption } : {}),
      })
      if (exemption) recordExemption(state, view, professionalId, role, exemption, stored)
      view.timeline.push({
        kind: 'member-added',
        on,
        professionalId,
        role,
        ...(supervisorId !== undefined ? { supervisorId } : {}),
        ...(exemption ? { exemption } : {}),
      })
      return
    }
    case 'CaseMemberRemoved':
      view.members = view.members.filter((member) => member.professionalId !== event.professionalId)
      view.timeline.push({ kind: 'member-removed', on, professionalId: event.professionalId })
      return
    case 'TandemContactRecorded': {
      const key = pairKey(event.regisseurId, event.practitionerId)
      const last = view.contacts[key]
      if (last === undefined || event.on > last) view.contacts[key] = event.on
      return
    }
    case 'PlanEstablished':
      view.plans.push({
        kind: event.kind,
        establishedBy: event.establishedBy,
        on: event.on,
        ...(event.reviewOn !== undefined ? { reviewOn: event.reviewOn } : {}),
      })
      return
    case 'CaseClosed':
      view.closedOn = event.closedOn
      delete state.openCases[event.caseId]
      view.timeline.push({ kind: 'closed', on: event.closedOn, reason: event.reason })
      return
  }
}

const recordExemption = (
  state: TeamState,
  view: CaseView,
  professionalId: string,
  role: 'regisseur' | CaseView['members'][number]['role'],
  exemption: Exemption,
  stored: ProjectedEvent,
): void => {
  state.exemptions.push({
    caseId: view.id,
    reference: view.reference,
    professionalId,
    role,
    ground: exemption.ground,
    reasoning: exemption.reasoning,
    decidedBy: exemption.decidedBy,
    actor: stored.metadata.actor,
    occurredAt: stored.metadata.occurredAt,
    position: stored.position,
    ...(stored.metadata.meetingId !== undefined ? { meetingId: stored.metadata.meetingId } : {}),
  })
}
