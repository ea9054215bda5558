/** What happened to the people a casualty figure counts. */
export type CasualtyRole = 'killed' | 'injured' | 'attackers_killed' | 'abducted' | 'missing' | 'arrested';

/** Verb forms (active, before the count: "killing 12") and the role they give. */
export const ACTIVE_VERBS: Record<string, CasualtyRole> = {
  kill: 'killed',
  kills: 'killed',
  killed: 'killed',
  killing: 'killed',
  'shot dead': 'killed',
  'shooting dead': 'killed',
  'gunned down': 'killed',
  'gunning down': 'killed',
  massacred: 'killed',
  massacring: 'killed',
  slaughtered: 'killed',
  murdered: 'killed',
  murdering: 'killed',
  executed: 'killed',
  executing: 'killed',
  beheaded: 'killed',
  neutralised: 'killed',
  neutralized: 'killed',
  neutralising: 'killed',
  neutralizing: 'killed',
  liquidated: 'killed',
  eliminated: 'killed',
  'claimed the lives of': 'killed',
  'claiming the lives of': 'killed',
  wound: 'injured',
  wounds: 'injured',
  wounded: 'injured',
  wounding: 'injured',
  injure: 'injured',
  injured: 'injured',
  injuring: 'injured',
  maimed: 'injured',
  abducted: 'abducted',
  abducting: 'abducted',
  abduct: 'abducted',
  kidnapped: 'abducted',
  kidnapping: 'abducted',
  kidnap: 'abducted',
  seized: 'abducted',
  seizing: 'abducted',
  snatched: 'abducted',
  took: 'abducted',
  arrested: 'arrested',
  arresting: 'arrested',
  detained: 'arrested',
  detaining: 'arrested',
  captured: 'arrested',
  capturing: 'arrested',
  apprehended: 'arrested',
};

/** Active verbs that count people only when a person noun follows ("seized 15 pupils", not "seized two towns"). */
export const NEEDS_PERSON = new Set([
  'seized',
  'seizing',
  'snatched',
  'took',
  'captured',
  'capturing',
  'executed',
  'executing',
  'neutralised',
  'neutralized',
  'neutralising',
  'neutralizing',
  'liquidated',
  'eliminated',
]);

/** Participles and adjectives after a count ("12 dead", "four soldiers were wounded") and their role. */
export const PARTICIPLES: Record<string, CasualtyRole> = {
  killed: 'killed',
  slain: 'killed',
  'shot dead': 'killed',
  'found dead': 'killed',
  'confirmed dead': 'killed',
  murdered: 'killed',
  massacred: 'killed',
  executed: 'killed',
  beheaded: 'killed',
  neutralised: 'killed',
  neutralized: 'killed',
  liquidated: 'killed',
  eliminated: 'killed',
  dead: 'killed',
  died: 'killed',
  perished: 'killed',
  'lost their lives': 'killed',
  // the idiom of Pakistani, Afghan and Iranian official statements for their own dead
  martyred: 'killed',
  'embraced martyrdom': 'killed',
  'rose as martyrs': 'killed',
  'fell as martyrs': 'killed',
  wounded: 'injured',
  injured: 'injured',
  hurt: 'injured',
  hospitalised: 'injured',
  hospitalized: 'injured',
  'taken to hospital': 'injured',
  'treated in hospital': 'injured',
  'treated for injuries': 'injured',
  'treated for wounds': 'injured',
  'treated in hospital for injuries': 'injured',
  'treated in hospital for wounds': 'injured',
  abducted: 'abducted',
  kidnapped: 'abducted',
  'taken hostage': 'abducted',
  'taken captive': 'abducted',
  // "pupils were taken from the school" (not "taken to hospital")
  'taken from': 'abducted',
  missing: 'missing',
  'unaccounted for': 'missing',
  arrested: 'arrested',
  detained: 'arrested',
  captured: 'arrested',
};

/** Nouns after "the … of" before a count ("the deaths of 12", "the injury of hundreds"). */
export const NOMINALS: Record<string, CasualtyRole> = {
  death: 'killed',
  deaths: 'killed',
  killing: 'killed',
  killings: 'killed',
  murder: 'killed',
  murders: 'killed',
  martyrdom: 'killed',
  injury: 'injured',
  injuries: 'injured',
  injuring: 'injured',
  wounding: 'injured',
  abduction: 'abducted',
  abductions: 'abducted',
  kidnapping: 'abducted',
  kidnappings: 'abducted',
  arrest: 'arrested',
  arrests: 'arrested',
  detention: 'arrested',
  disappearance: 'missing',
};

/** Head nouns that are themselves a count of casualties ("30 deaths", "12 injuries"). */
export const CASUALTY_NOUNS: Record<string, CasualtyRole> = {
  deaths: 'killed',
  death: 'killed',
  fatalities: 'killed',
  dead: 'killed',
  injuries: 'injured',
  wounded: 'injured',
  injured: 'injured',
};

/** People a figure may count (heads of the noun phrase after the count). */
export const PERSON_NOUNS = new Set(
  (
    'people persons person civilians civilian soldiers soldier troops servicemen members member personnel ' +
    'policemen policeman police officers officer guards guard forces militiamen fighters fighter worshippers ' +
    'worshipers students student pupils schoolchildren schoolgirls schoolboys children child women woman men man ' +
    'girls boys villagers farmers workers labourers laborers passengers pilgrims residents victims others staff ' +
    'employees teachers doctors nurses journalists tourists foreigners nationals mourners shoppers protesters ' +
    'demonstrators voters christians muslims shias shiites sunnis yazidis hazaras hostages prisoners inmates ' +
    'detainees recruits cadets peacekeepers marines contractors herders miners fishermen traders relatives ' +
    'spectators fans officials elders clerics commanders suspects infants babies teenagers youths more operatives ' +
    'attackers attacker assailants assailant gunmen gunman bombers bomber militants militant insurgents insurgent ' +
    'jihadists jihadist terrorists terrorist extremists extremist'
  ).split(' '),
);

/** People on the attacking side: their deaths are `attackers_killed`, kept apart from victims. */
export const ATTACKER_NOUNS = new Set(
  (
    'attackers attacker assailants assailant gunmen gunman bombers bomber militants militant insurgents insurgent ' +
    'jihadists jihadist terrorists terrorist extremists extremist'
  ).split(' '),
);

/**
 * Words that mark "fighters" or "members" as belonging to an armed group ("IS fighters", "suspected
 * members"). Callers add the group names they know through `attackerTerms`.
 */
export const DEFAULT_ATTACKER_TERMS = [
  'IS',
  'ISIS',
  'ISIL',
  'Daesh',
  'Islamic State',
  'al-Qaeda',
  'al-Shabaab',
  'Boko Haram',
  'ISWAP',
  'IS-K',
  'ISKP',
  'jihadist',
  'militant',
  'suspected',
];

/** Things a count may be of that are not people: a figure never counts these. */
export const THING_NOUNS = new Set(
  (
    'years year months month weeks week days day hours hour minutes minute km kilometres kilometers miles mile ' +
    'metres meters percent per cent operations operation attacks attack incidents raids vehicles cars trucks ' +
    'houses homes buildings villages towns districts provinces countries times rounds rockets missiles drones ' +
    'bombs shells cases dollars naira rupees pounds euros tonnes kg cattle cows goats camels schools mosques ' +
    'churches shops tents positions bases checkpoints posts weapons guns rifles hectares acres pages languages ' +
    'strikes airstrikes bombings ambushes assaults blasts explosions shots mortars grenades aircraft'
  ).split(' '),
);
