/**
 * Dutch messages: the source table. English (`messages-en.ts`) must have exactly these keys, which
 * the `Messages` type enforces at compile time. Vocabulary labels follow DESIGN.md §2.
 */
export const nl = {
  appName: 'Tandem',
  appTagline: 'Caseload en tandemplanning voor jeugdteams',
  skipToContent: 'Naar de inhoud',
  mainNav: 'Hoofdmenu',
  language: 'Taal',
  languageName: { nl: 'Nederlands', en: 'English' } as Record<string, string>,
  team: 'Team',
  loggedInAs: (name: string, role: string) => `Ingelogd als ${name} (${role})`,
  roles: {
    professional: 'jeugdprofessional',
    coach: 'teamcoach',
    auditor: 'auditor',
    admin: 'beheerder',
  } as Record<string, string>,
  loading: 'Laden…',
  retry: 'Opnieuw proberen',
  save: 'Opslaan',
  cancel: 'Annuleren',
  close: 'Sluiten',
  none: 'Geen',
  yes: 'ja',
  no: 'nee',
  noData: 'Niets te tonen.',

  // login
  loginTitle: 'Inloggen',
  username: 'Gebruikersnaam',
  password: 'Wachtwoord',
  login: 'Inloggen',
  logout: 'Uitloggen',
  loginHint: 'Demo: log in met een demo-account dat de server bij de start toont.',

  // errors
  errorTitle: 'Dat lukte niet',
  networkError: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  unexpectedError: (status: number) => `Onverwacht antwoord van de server (status ${status}).`,
  fieldIssues: 'Wat er niet klopt:',
  fixHint: 'Zo los je het op:',
  errorCode: (code: string) => `Foutcode: ${code}`,
  fixes: {
    RegistrationRequired:
      'Kies een geregistreerde regisseur (SKJ of BIG), of leg een tenzij-bepaling vast: grond, onderbouwing en wie besloot.',
    TandemNeedsRegisteredRegisseur:
      'Een tandem werkt alleen onder een geregistreerde regisseur. Wijs eerst een geregistreerde regisseur toe.',
    RegistrationLapsed:
      'De registratie is niet op orde. Kies een collega met een geldige registratie, of leg nauwe samenwerking met een geregistreerde collega vast als tenzij-bepaling.',
    CaseAlreadyHasRegisseur: 'Deze casus heeft al een regisseur. Draag de regie eerst over.',
    PlanNeedsRegisteredProfessional: 'Het plan moet worden vastgesteld door een geregistreerde professional.',
    InternNeedsSupervisor: 'Noem de geregistreerde collega die verantwoordelijk is voor de stagiair.',
    UnknownProfessional: 'Kies een professional die in dit team zit.',
    CaseClosed: 'Deze casus is gesloten.',
    Unauthenticated: 'Log opnieuw in.',
    CsrfTokenMissing: 'Laad de pagina opnieuw en probeer het nog eens.',
    StaleExpectedVersion: 'Ververs het scherm en probeer het opnieuw.',
  } as Record<string, string>,

  // live + time travel
  liveConnected: 'Live bijgewerkt',
  liveDisconnected: 'Niet live: de stand wordt niet automatisch bijgewerkt',
  asOfBanner: (when: string) => `Je bekijkt de stand zoals die was op ${when}. Wijzigen kan nu niet.`,
  backToNow: 'Terug naar nu',

  // routes
  routes: {
    meeting: 'Weekoverleg',
    balance: 'Caseloadbalans',
    reflection: 'Reflectietijd',
    unassigned: 'Zonder regie',
    myWeek: 'Mijn week',
    tandems: 'Tandems en registraties',
    audit: 'Audit',
    settings: 'Teaminstellingen',
  } as Record<string, string>,

  // vocabulary
  intensity: { light: 'licht', moderate: 'matig', heavy: 'zwaar', crisis: 'crisis' } as Record<
    string,
    string
  >,
  indicators: {
    unsafe: 'Het kind is in een onveilige of risicovolle situatie',
    heavyResponsibility: 'De professional draagt zware verantwoordelijkheid',
    complexProblems: 'De problematiek is complex',
    highImpact: 'Beslissingen van de professional hebben grote impact op de cliënt',
  } as Record<string, string>,
  caseRoles: {
    regisseur: 'regisseur',
    'tandem-practitioner': 'tandempartner (uitvoerend)',
    gezinshuisouder: 'gezinshuisouder',
    'behavioural-scientist': 'gedragswetenschapper',
    intern: 'stagiair',
    'co-worker': 'medebehandelaar',
    'intern-supervisor': 'begeleider stagiair',
  } as Record<string, string>,
  exemptionGrounds: {
    'continuity-of-relationship': 'Continuïteit van de relatie met de jeugdige',
    'essential-specific-skills': 'Specifieke, essentiële deskundigheid',
    'discipline-without-skj-registration': 'Discipline zonder SKJ-registratie (paramedisch, vaktherapie)',
    'close-cooperation-with-registered': 'Nauwe samenwerking met een geregistreerde collega',
    other: 'Anders',
  } as Record<string, string>,
  reflectionKinds: {
    intervisie: 'intervisie',
    'moreel-beraad': 'moreel beraad',
    supervisie: 'supervisie',
    'collegiale-consultatie': 'collegiale consultatie',
  } as Record<string, string>,
  registered: 'geregistreerd',
  unregistered: 'niet geregistreerd',
  lapsed: 'registratie vervallen',

  // balance
  balanceTitle: 'Caseloadbalans',
  balanceIntro: 'Belasting (gewogen punten) tegenover capaciteit per professional.',
  load: 'Belasting',
  capacity: 'Capaciteit',
  ratio: 'Verhouding',
  professional: 'Professional',
  overloaded: 'overbelast',
  teamBalance: 'Team',
  loadOf: (name: string, load: string, cap: string, pct: string) =>
    `${name}: ${load} van ${cap} punten (${pct})`,
  casesBehind: 'Casussen achter deze balk',
  caseRef: 'Casus',
  role: 'Rol',
  weight: 'Zwaarte',
  factor: 'Factor',
  points: 'punten',
  history: 'Teambalans in de afgelopen weken',
  week: 'Week',
  historyUnavailable: 'De server levert de weekgeschiedenis (nog) niet.',
  showAsTable: 'Toon als tabel',

  // unassigned
  unassignedTitle: 'Zonder regie',
  unassignedIntro: 'Actieve casussen zonder (passende) regisseur, onveilig eerst en daarna op wachttijd.',
  reason: 'Reden',
  daysWaiting: 'Dagen wachtend',
  unassignedReasons: {
    'no-regisseur': 'Geen regisseur',
    'regisseur-absent': 'Regisseur afwezig',
    'regisseur-left-team': 'Regisseur uit het team',
    'regisseur-unregistered': 'Regisseur niet geregistreerd, geen tenzij-bepaling',
    'regisseur-registration-lapsed': 'Registratie van de regisseur vervallen',
  } as Record<string, string>,
  indicatorsShort: 'Indicatoren',

  // meeting
  meetingTitle: 'Weekoverleg',
  openMeeting: 'Overleg openen',
  closeMeeting: 'Overleg sluiten',
  meetingOpenSince: (date: string) => `Overleg geopend op ${date}`,
  present: 'Aanwezig',
  agenda: 'Agenda',
  printAgenda: 'Agenda afdrukken',
  agendaSections: {
    newCases: 'Nieuwe casussen te verdelen',
    unassignedRegie: 'Zonder regie',
    overloaded: 'Overbelaste collega’s',
    overdueTandems: 'Tandems met achterstallig contact',
    expiringRegistrations: 'Registraties die binnen 90 dagen verlopen',
    openSignals: 'Open werkdruksignalen',
  } as Record<string, string>,
  divide: 'Verdelen',
  assessTitle: (ref: string) => `Casus ${ref} wegen en verdelen`,
  assessStep: '1. Wegen',
  assignStep: '2. Regie en tandem voorstellen',
  previewStep: '3. Effect bekijken en opslaan',
  intensityLabel: 'Intensiteit',
  reasoning: 'Onderbouwing',
  reasoningHint: 'Minstens 10 tekens. Wat woog mee?',
  saveAssessment: 'Weging opslaan',
  weightExplained: 'Zo komt de zwaarte tot stand',
  needsRegistration: 'Deze casus vraagt een geregistreerde professional in de lead (R2).',
  noRegistrationNeeded: 'Geen van de vier indicatoren geldt: niet-geregistreerden mogen dit werk doen.',
  regisseur: 'Regisseur',
  tandemPartner: 'Tandempartner (optioneel)',
  choose: 'Kies…',
  exemption: 'Tenzij-bepaling (optioneel)',
  exemptionGround: 'Grond',
  decidedBy: 'Besloten door',
  previewButton: 'Toon effect',
  previewTitle: 'Effect op de balans',
  before: 'Nu',
  after: 'Na toewijzing',
  meetsNorm: 'Dit voldoet aan de norm.',
  violatesNorm: 'Dit voldoet niet aan de norm.',
  saveAssignment: 'Toewijzing opslaan',
  saved: 'Opgeslagen.',
  previewUnavailable:
    'De server biedt (nog) geen proefberekening; het effect wordt zichtbaar zodra je opslaat.',

  // reflection
  reflectionTitle: 'Reflectietijd',
  reflectionIntro: 'Beschermde tijd voor reflectie: norm, gepland, gehouden en geannuleerd wegens werkdruk.',
  period: 'Periode',
  norm: 'Norm (uur)',
  planned: 'Gepland',
  held: 'Gehouden',
  cancelledWorkload: 'Geannuleerd (werkdruk)',
  belowNorm: 'onder norm',
  quality: 'Kwaliteit (gem.)',
  planSession: 'Sessie plannen',
  sessionKind: 'Soort',
  date: 'Datum',
  hours: 'Uren',
  participants: 'Deelnemers',
  sessions: 'Sessies',
  holdSession: 'Vastleggen als gehouden',
  attendees: 'Aanwezigen',
  minutes: 'Korte notulen (over de reflectie, nooit over een cliënt)',
  becameCaseDiscussion: 'Werd casuïstiekbespreking',
  grade: 'Cijfer',
  status: 'Status',
  sessionStatus: { planned: 'gepland', held: 'gehouden', cancelled: 'geannuleerd' } as Record<string, string>,

  // my week
  myWeekTitle: 'Mijn week',
  myCases: 'Mijn casussen',
  partners: 'Tandempartners',
  nextReflection: 'Volgende reflectie',
  noNextReflection: 'Geen reflectie gepland.',
  raiseSignal: 'Werkdruksignaal geven',
  signalDescription: 'Wat houdt je tegen om volgens je professionele standaard te werken?',
  signalRaised: 'Je signaal is vastgelegd; de organisatie moet erop antwoorden.',
  myLoad: 'Mijn belasting',

  // tandems
  tandemsTitle: 'Tandems en registraties',
  pairs: 'Tandems',
  lastContact: 'Laatste contact',
  contactHealth: 'Contact',
  health: { ok: 'op schema', due: 'bijna', overdue: 'achterstallig' } as Record<string, string>,
  practitioner: 'Uitvoerende',
  expiringTitle: 'Registraties die verlopen',
  register: 'Register',
  validUntil: 'Geldig tot',
  daysLeft: 'Dagen',

  // audit
  auditTitle: 'Audit',
  timeline: 'Tijdlijn',
  asOfLabel: 'Stand op moment',
  asOfSlider: 'Schuif door de tijd (positie in het logboek)',
  position: 'Positie',
  actor: 'Wie',
  event: 'Gebeurtenis',
  when: 'Wanneer',
  exemptions: 'Tenzij-bepalingen',
  verifyChain: 'Keten controleren',
  chainOk: (n: number) => `De keten is intact: ${n} gebeurtenissen gecontroleerd.`,
  chainBroken: (pos: string) => `De keten is verbroken bij positie ${pos}.`,
  deviations: 'Afwijkingen van de norm',

  // settings
  settingsTitle: 'Teaminstellingen',
  intensityPoints: 'Punten per intensiteit',
  indicatorPoints: 'Punten per geldende indicator',
  roleFactors: 'Rolfactoren',
  pointsPerFte: 'Punten per fte',
  reflectionNorm: 'Reflectienorm (uur per fte per periode)',
  settingsReason: 'Waarom deze wijziging?',
  showEffect: 'Toon effect',
  settingsEffect: 'Effect op de balans',
} as const

/** The shape every language table must have. */
export type Messages = {
  readonly [K in keyof typeof nl]: (typeof nl)[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : (typeof nl)[K] extends string
      ? string
      : (typeof nl)[K]
}
