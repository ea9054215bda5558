/** "Jane Doe": two to four capitalised words, no digits, the shape of a name line under a headline. */
export const nameLike = (text: string) =>
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:al|el|bin|ibn|de|da|van|von|der|la|le|du)\b[-\s]?)?\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(
    text,
  );

/** A name in title case: "The Northern Ledger", "Centre for Sahel Studies". */
export const outletLike = (text: string) =>
  /^(?:The\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:of|for|and|on|the|&)\s+)*\p{Lu}[\p{L}'’&-]*){0,5}$/u.test(text);
