/** The menu button was pressed (narrow screens): the shell opens or closes the navigation. */
export class MenuToggleEvent extends Event {
  static readonly eventName = 'menu-toggle' as const
  constructor(readonly open: boolean) {
    super(MenuToggleEvent.eventName, { bubbles: true, composed: true })
  }
}

declare global {
  interface HTMLElementEventMap {
    'menu-toggle': MenuToggleEvent
  }
}
