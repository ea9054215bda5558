import type { EventType } from '../../model/event.js';
import type { Trigger } from './event-types.js';
import type { Frame } from './frames.js';
import type { Incident } from './incidents.js';

/**
 * A raid by armed men who are not state forces ("militants raided the village", "gunmen on
 * motorbikes raided two hamlets"), which is an attack, not a battle.
 */
function groupRaid(f: Frame, battle: Trigger[]): boolean {
  const raiders = f.roles.perpetrator;
  return (
    battle.length > 0 &&
    battle.every((t) => /^raid(?:ed)?$/i.test(t.text)) &&
    raiders?.kind !== 'state_forces' &&
    raiders?.kind !== 'coalition' &&
    ((raiders?.kind === 'armed_group' && raiders.strength >= 3) ||
      f.triggers.some((t) => t.type === 'attack' && t.act && /^gunm[ae]n$/i.test(t.text)))
  );
}

/** A trigger of a type that names the incident wherever it is told (prison break … territory change). */
const isSpecial = (t: Trigger) => t.priority >= 60;

/** Whether any of the incident's sentences counts people killed. */
const killedSomeone = (incident: Incident) =>
  incident.frames.some((f) =>
    f.casualties.some((c) => c.role === 'killed' && !c.part && c.quantity.best > 0),
  );

/** "… in a battle lasting hours", "after a prolonged firefight": the fighting told as a circumstance. */
const CIRCUMSTANCE =
  /\b(?:in|after|during|following|amid)\s+(?:(?:a|an|the|its|their|that|[\w-]+'s|[\w-]+)\s+){0,3}$/i;
/** Verbs of an assault by the perpetrators, which fighting told as its circumstance does not outrank. */
const ASSAULT = /^(?:attack(?:ed|ing)?|assault(?:ed)?|storm(?:ed|ing)|ambush(?:ed)?|overran|raid(?:ed)?)$/i;
/** "… before pulling out", "then withdrew": the takers left, so the taking was a raid. */
const LEFT_AGAIN =
  /\b(?:before|then|later|and)\s+(?:(?:quickly|hastily|eventually)\s+)?(?:pulling\s+out|pulled\s+out|withdrawing|withdrew|retreating|retreated|leaving|left)\b/i;

/** "… were still fighting to retake the town": forces answering an assault, not the incident itself. */
const ANSWERING_BEFORE = /\bstill\s+$/i;
const ANSWERING_AFTER =
  /^\s+to\s+(?:retake|recapture|regain|reclaim|clear|secure|dislodge|expel|repel|drive\s+out|push\s+back)\b/i;

/**
 * The triggers that name what happened, leaving out fighting told as the circumstance of an assault
 * or capture, or as the answer to an assault ("security forces were still fighting to retake it").
 */
function mainTriggers(f: Frame): Trigger[] {
  const before = (t: Trigger) => f.sentence.text.slice(0, t.start - f.sentence.start);
  const after = (t: Trigger) => f.sentence.text.slice(t.end - f.sentence.start);
  const told = (t: Trigger) =>
    !CIRCUMSTANCE.test(before(t)) &&
    !(t.type === 'battle' && (ANSWERING_BEFORE.test(before(t)) || ANSWERING_AFTER.test(after(t))));
  const assault = f.triggers.some((t) => t.type === 'attack' && ASSAULT.test(t.text) && told(t));
  // a taking told as what someone said ("the group said its fighters had seized …") does not outrank the assault
  const taking = f.triggers.find(
    (t) => t.type === 'territory_change' && told(t) && !/\b(?:said|says|claimed|claims)\b/i.test(before(t)),
  );
  // "overran Kunduz city": the verb that takes a town is a taking, not an assault as well
  const takes = (t: Trigger) =>
    t.type === 'attack' &&
    f.triggers.some((o) => o.type === 'territory_change' && o.start === t.start && told(o));
  return f.triggers.filter(
    (t) =>
      !takes(t) &&
      (told(t) ||
        !((t.type === 'battle' && assault) || (t.type === 'attack' && taking && taking.start < t.start))),
  );
}

/**
 * "Militants attacked a checkpoint, then targeted reinforcements with an IED": an assault told in
 * the active voice before any bomb is what the perpetrators did, unless its doers are bombers.
 */
function firstAssault(f: Frame, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'attack' || !/^(?:attacked|assaulted)$/i.test(t.text)) return false;
  const text = f.sentence.text;
  const before = text.slice(0, t.start - f.sentence.start);
  return (
    !/\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$/i.test(before) &&
    !/\b(?:bombers?|suicide)\b/i.test(text) &&
    triggers.some((b) => b.type === 'bombing') &&
    triggers.every((b) => b.type !== 'bombing' || b.start > t.start)
  );
}

/** "opening the assault with a car bomb": the bomb told as the opening of the assault. */
const OPENED_WITH =
  /\b(?:open(?:ed|ing)|beg(?:an|inning)|start(?:ed|ing)|launch(?:ed|ing))\s+(?:the|their|its|an?)\s+(?:assault|attack|raid)\s+with\s+[^,.;]{0,30}$/i;
/** "fighters, some in vehicles packed with explosives, attacked": bombs carried by some of the attackers. */
const CARRIED_BY_SOME =
  /,\s*(?:some|several|many|most|a\s+few|one|two|three)\s+(?:of\s+them\s+)?(?:in|on|aboard|driving|riding)\b[^,.;]*$/i;
/** "… before overrunning the camp": the attackers took the position on the ground. */
const OVERRAN = /\b(?:overr(?:an|un|unning)|overwhelm(?:ed|ing)\s+the\s+(?:defenders|garrison))\b/i;

/**
 * "Militants attacked the base, opening the assault with a car bomb before overrunning the camp":
 * an assault the perpetrators opened with bombs is an attack, even by suicide bombers.
 */
function bombOpenedAssault(f: Frame, t: Trigger, triggers: Trigger[]): boolean {
  if (t.type !== 'attack' || !ASSAULT.test(t.text)) return false;
  const text = f.sentence.text;
  const before = (x: Trigger) => text.slice(0, x.start - f.sentence.start);
  if (/\b(?:was|were|been|being|be)\s+(?:\w+\s+)?$/i.test(before(t))) return false;
  const bombs = triggers.filter((b) => b.type === 'bombing');
  if (armsAmongOthers(f, t, bombs)) return true;
  return (
    bombs.length > 0 &&
    (OVERRAN.test(text.slice(bombs[0]!.start - f.sentence.start)) ||
      bombs.every(
        (b) => OPENED_WITH.test(before(b)) || (CARRIED_BY_SOME.test(before(b)) && b.start < t.start),
      ))
  );
}

/** "attacked the base with suicide car bombs and drones": the weapons of the assault, bombs among them. */
const WITH_ARMS = /^\s+(?:[\w'-]+\s+){0,8}?with\s+([^.;]{0,80})/i;

/** Whether the assault `t` is told with its weapons, bombs and something else ("with car bombs and gunmen"). */
function armsAmongOthers(f: Frame, t: Trigger, bombs: Trigger[]): boolean {
  const m = WITH_ARMS.exec(f.sentence.text.slice(t.end - f.sentence.start));
  if (!m || !/\sand\s/.test(m[1]!)) return false;
  const from = t.end + m[0].length - m[1]!.length;
  return bombs.some((b) => b.start >= from && b.end <= from + m[1]!.length);
}

/** Shooting, not an assault on the ground: what gunmen do after a blast. */
/** The men a lead names when it tells no act of theirs ("When gunmen arrived at the school …"). */
const GUNMEN = /^gunm[ae]n$/i;
const SHOOTING = /^(?:gunm[ae]n|opened\s+fire|shot|shooting|gunfire|fired)$/i;
/** "…, and gunmen then opened fire", "followed by gunfire": what came after the first act. */
const AFTERWARDS = /\b(?:then|afterwards?|followed|later)\b/i;

/**
 * "A suicide bomber detonated explosives among the crowd, and gunmen then opened fire": a bombing
 * told first with shooting after it is a bombing. An assault after the blast ("then stormed the
 * hotel") stays an attack.
 */
function gunfireAfterBomb(f: Frame, acts: Trigger[]): boolean {
  const ordered = [...acts].sort((a, b) => a.start - b.start);
  const first = ordered[0];
  if (first?.type !== 'bombing') return false;
  const shots = ordered.filter((t) => t.type === 'attack');
  return (
    shots.every((t) => SHOOTING.test(t.text)) &&
    shots.some((t) =>
      AFTERWARDS.test(f.sentence.text.slice(first.end - f.sentence.start, t.end - f.sentence.start)),
    )
  );
}

/** "police arrested a man …", "two suspects were detained": the arrest that forestalls an attack. */
const ARREST = /\b(?:arrested|detained|apprehended|arrest|detention)\b/i;
/** "… gathered chemicals to attack fans": an act told only as what someone meant to do. */
const PURPOSE = /\b(?:to|intended\s+to|meant\s+to|in\s+order\s+to)\s+$/i;

/**
 * An arrest told with the attack it forestalled only as a purpose ("Police arrested a man on
 * Wednesday. He had gathered explosives to attack the concert.") is a foiled plot, when nobody was
 * killed or hurt.
 */
function foiledBeforeAct(incident: Incident, lead: Frame, triggers: Trigger[]): boolean {
  const acts = triggers.filter((t) => t.type === 'attack' || t.type === 'bombing');
  return (
    acts.length > 0 &&
    acts.every((t) => PURPOSE.test(lead.sentence.text.slice(0, t.start - lead.sentence.start))) &&
    incident.frames.some((f) => ARREST.test(f.sentence.text)) &&
    !incident.frames.some((f) => f.casualties.some((c) => !c.part && c.quantity.best > 0))
  );
}

/**
 * A record's type field: GTD's "Attack type: …", ACLED's "Event type: Battles / Armed clash", or its
 * sub-type on a line of its own ("sub_event_type: Armed clash"), which is read first.
 */
const TYPE_FIELD = /\b(?:attack|event|incident)[\s_]+type\s*:[ \t]*([^\n.|]+)/i;
const SUB_TYPE_FIELD = /\bsub[\s_-]*(?:event[\s_]+)?type\s*:[ \t]*([^\n.|]+)/i;

/**
 * The type a record's type field codes: the first type its sub-type names (after the last " / ",
 * ACLED's "Explosions/Remote violence / Suicide bomb"), the first of several listed (GTD's "Armed
 * Assault; Hostage Taking"); null when the field names none of our types.
 */
function codedType(incident: Incident): EventType | null {
  for (const f of incident.frames) {
    const m = SUB_TYPE_FIELD.exec(f.sentence.text) ?? TYPE_FIELD.exec(f.sentence.text);
    if (!m) continue;
    const value = m[1]!;
    const at = f.sentence.start + m.index + m[0].length - value.length;
    const slash = value.lastIndexOf(' / ');
    const from = slash >= 0 ? slash + 3 : 0;
    const semicolon = value.indexOf(';', from);
    const to = semicolon >= 0 ? semicolon : value.length;
    const inside = f.triggers
      .filter((t) => t.start >= at + from && t.end <= at + to)
      .sort((a, b) => a.start - b.start);
    return inside[0]?.type ?? ACLED_TYPES.get(value.slice(from, to).trim().toLowerCase()) ?? null;
  }
  return null;
}

/** ACLED's event types that name none of our trigger words, as our types. */
const ACLED_TYPES = new Map<string, EventType>([
  ['battles', 'battle'],
  ['violence against civilians', 'attack'],
]);

/** "after two residents had been kidnapped": an act told in the pluperfect happened before the one told. */
const PRIOR_ACT =
  /\b(?:after|since|once|because)\b[^,;.]{0,60}?\bhad\s+(?:been\s+|already\s+)?(?:\p{L}+ly\s+)?$/iu;

/**
 * The lead sentence without the acts it tells as having happened before ("gunmen came after two
 * residents had been kidnapped and opened fire"), unless those are all it tells.
 */
function withoutPriorActs(lead: Frame): Frame & { source: Frame } {
  const before = (t: Trigger) =>
    lead.sentence.text.slice(Math.max(0, t.start - lead.sentence.start - 90), t.start - lead.sentence.start);
  const told = lead.triggers.filter((t) => !PRIOR_ACT.test(before(t)));
  return { ...lead, triggers: told.length > 0 ? told : lead.triggers, source: lead };
}

/**
 * The type of an incident: the type a dataset record codes it with, else the highest-priority type
 * of the sentence that introduced it, else an attack or a bombing by what the perpetrators did, else
 * a type a later sentence names.
 */
export function incidentType(incident: Incident): EventType {
  const coded = codedType(incident);
  if (coded) return coded;
  const lead = withoutPriorActs(incident.frames.find((f) => f.triggers.length > 0) ?? incident.frames[0]!);
  // A type named paragraphs away ("... executed their sons", years of habit told in passing) is
  // not this incident's: a later sentence names what it was within the next paragraph.
  const near = incident.frames
    .filter((f) => f.paragraph - lead.paragraph <= 1)
    .flatMap((f) => (f === lead.source ? lead.triggers : f.triggers));
  const special = near.filter(isSpecial).sort((a, b) => b.priority - a.priority)[0];
  if (special && lead.triggers.some((t) => t.type === special.type && isSpecial(t))) return special.type;
  // "When gunmen arrived at the school …" then "… had carried out the kidnapping": the lead names only
  // the doers, a later sentence what they did
  if (
    special &&
    special.type !== 'territory_change' &&
    lead.triggers.length > 0 &&
    lead.triggers.every((t) => GUNMEN.test(t.text))
  )
    return special.type;
  const triggers = mainTriggers(lead);
  const leadTop = [...triggers].sort((a, b) => b.priority - a.priority)[0];
  const taking = triggers.some((t) => t.type === 'territory_change');
  // fighters who entered a town and pulled out again raided it
  if (taking && LEFT_AGAIN.test(lead.sentence.text) && lead.roles.perpetrator?.kind !== 'state_forces')
    return 'attack';
  // "captured the town after heavy fighting": the taking is what the fighting was for
  if (leadTop?.type === 'battle' && taking) return 'territory_change';
  const battle = triggers.filter((t) => t.type === 'battle');
  if (leadTop && leadTop.priority >= 50 && !groupRaid(lead, battle)) return leadTop.type;
  const acts = triggers.filter(
    (t) => t.act || firstAssault(lead, t, triggers) || bombOpenedAssault(lead, t, triggers),
  );
  if (acts.some((t) => t.type === 'attack') && !gunfireAfterBomb(lead, acts)) return 'attack';
  if (foiledBeforeAct(incident, lead, triggers)) return 'plot_foiled';
  if (acts.some((t) => t.type === 'bombing') || triggers.some((t) => t.type === 'bombing')) return 'bombing';
  // A later sentence's abduction or execution names what the attack was; a recapture is the
  // other side's answer to it, not its type, and hostages taken in a massacre are part of it.
  // An air strike told later is the answer to the attack, too.
  const later =
    special?.type === 'territory_change' ||
    special?.type === 'airstrike' ||
    (special?.type === 'abduction' && killedSomeone(incident))
      ? null
      : special?.type;
  const type = later ?? leadTop?.type ?? 'attack';
  return type === 'attack' && acts.length === 0 && killedCaptive(incident) ? 'execution' : type;
}

/** "killed her after the government failed to meet their demands": a captive put to death. */
const CAPTIVE =
  /\b(?:killed|executed|murdered)\b[^.;]{0,80}\b(?:demands?|ransom|deadline|captivity|captives?|hostages?)\b|\b(?:hostages?|captives?)\b[^.;]{0,40}\b(?:was|were|had\s+been)\s+(?:killed|executed|murdered)\b/i;
const killedCaptive = (incident: Incident) => incident.frames.some((f) => CAPTIVE.test(f.sentence.text));
