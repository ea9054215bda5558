import { describe, expect, it } from 'vitest';
import { readClaim } from './responsibility.js';

describe('readClaim', () => {
  it.each([
    'The militant group claimed responsibility in a statement on Saturday.',
    'Responsibility was claimed by the group two days later.',
    'The blast was later claimed by the jihadists.',
    'Through its propaganda channel the movement said that two of its militants had set off the charges.',
    'The faction later said its men had targeted the convoy.',
    'It was the deadliest attack since 2016, when a bomber killed 30 in an attack also claimed by the group.',
    'The insurgents claimed to have killed a dozen guards at the depot.',
    'The movement claimed the prison break on its channels the next morning.',
    'Hours later the group said one of its followers had carried out the shooting.',
    'In a message on Telegram, the movement said the gunman was one of its "soldiers".',
    'The faction said in a claim posted online that it had hit an army convoy.',
    'The jihadists said in a video released on Friday that they had executed the engineer.',
    'The movement said its two bombers had carried out the blasts at the shrine.',
    'The faction said on its channel that it had struck four checkpoints.',
    'The rebels claimed the offensive within hours.',
    'Once more the ambush was claimed in the name of the movement.',
    'The branch said three of its members carried out the raid on the depot.',
    'The branch said in a statement carried by its own news outlet late on Friday that one of its members had carried out the shooting.',
    'On Tuesday the movement, in a message to its followers, said its fighters had seized the port.',
    'The group said through its news agency on Sunday that one of its "fighters" had carried out the stabbing.',
  ])('reads a claim in "%s"', (sentence) => expect(readClaim(sentence).claimed).toBe(true));

  it.each([
    'No group has claimed responsibility for the attack.',
    'There was no immediate claim of responsibility.',
    'No armed group had claimed the killings by Sunday.',
    'The bombing has not been claimed.',
    'The faction denied any involvement.',
    'Mourning was declared; the movement did not claim the massacre.',
  ])('reads the absence of a claim in "%s"', (sentence) => expect(readClaim(sentence).claimed).toBe(false));

  it.each([
    'Officials claimed the town was safe.',
    'The army said it had killed 12 militants.',
    'The soldiers said that they had killed the gunmen.',
  ])('reads nothing in "%s"', (sentence) => expect(readClaim(sentence).claimed).toBe(null));
});
