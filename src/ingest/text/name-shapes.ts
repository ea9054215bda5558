/** "Jane Doe": two to four capitalised words, no digits, the shape of a name line under a headline. */
export const nameLike = (text: string) =>
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|la|le|du)\b[-\s]?)?\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(
    text,
  );

/** A place a byline names after the person: " in Kabul", " reporting from Port Sudan". */
const BYLINE_PLACE = /\s+(?:in|reporting from)\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;

/** A byline's names without the place after them: "Jane Doe in Kabul" gives "Jane Doe". */
export const withoutBylinePlace = (text: string) => text.replace(BYLINE_PLACE, '');

/** A name line with its place, as some outlets print the byline: "Jane Doe in Kabul". */
export const placedName = (text: string) => BYLINE_PLACE.test(text) && nameLike(withoutBylinePlace(text));

/** A name in title case, perhaps with its section: "The Northern Ledger", "Centre for Sahel Studies", "The Ledger, Opinion". */
export const outletLike = (text: string) =>
  /^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}'’&-]*){0,5}(?:\s*[,|·]\s*\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)?)?$/u.test(
    text,
  );

/** Words that end the name of an outlet or an institution, not of a person. */
const OUTLET_WORD =
  /\s(?:wire|news|post|times|herald|tribune|observer|digest|review|dispatch|press|agency|service|monitor|journal|gazette|chronicle|daily|weekly|quarterly|magazine|bulletin|courier|ledger|express|mail|telegraph|sentinel|insider|online|today|report|watch|institute|centre|center|council|foundation|observatory|network|media|radio|television|tv|notes|studies|affairs|forum|insights|briefing|programme|program|university|college|academy|initiative|project|advisory|consultancy|association|society|partners|associates|consulting|analytics|brief|briefs)$/i;

/** A name that ends as an outlet's or an institution's does ("… Review", "… Observatory", "… Notes"). */
export const outletNamed = (text: string) => OUTLET_WORD.test(` ${text.trim()}`);

/** Words no person's name holds, wherever they stand: "Rights Watch Africa", "News Agency of Nigeria". */
const ORGANISATION_WORD =
  /\b(?:Rights|Watch|International|News|Media|Agency|Ministry|Committee|Council|Forum|Institute|Centre|Center|Observatory|Network|Foundation|Association|University)\b/;

/** A person's name line, "Jane Doe", "Dr Amina Yusuf": name-shaped, not "The ..." nor "... News" nor "Rights Watch Africa". */
export const personLike = (text: string) =>
  nameLike(text) && !/^The\s/.test(text) && !OUTLET_WORD.test(text) && !ORGANISATION_WORD.test(text);
