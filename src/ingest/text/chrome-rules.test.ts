import { describe, expect, it } from 'vitest';
import { chromeKind } from './chrome-rules.js';

describe('chromeKind', () => {
  it.each([
    ['Link Copied', 'share'],
    ['Share: Facebook · X · WhatsApp · Email', 'share'],
    ['Print | Email | Share', 'share'],
    ['Follow us on X and Telegram for updates from the region.', 'follow'],
    ['↑ Back to top', 'back-to-top'],
    ['— Advertisement —', 'advertisement'],
    ['Story continues below advertisement', 'advertisement'],
    ['ADVERTISEMENT - CONTINUE READING BELOW', 'advertisement'],
    ['1.2k shares', 'share'],
    ['SEE: How the valley was retaken', 'promo'],
    ['Related Stories', 'related-heading'],
    ['More from Opinion', 'related-heading'],
    ['You may also like', 'related-heading'],
    ['READ MORE: Floods cut the road between two provinces', 'promo'],
    ['>> Read also: Police arrest four after market blast', 'promo'],
    ['Also on Valley Courier: the long road home', 'promo'],
    ['Tags: Iraq, Security, Police', 'tags'],
    ['Get the Morning Briefing in your inbox', 'newsletter'],
    ['Sign up for our weekly newsletter', 'newsletter'],
    ['© 2024 Valley Courier. All rights reserved.', 'copyright'],
    ['Valley Courier © 2024', 'copyright'],
    ['We use cookies to personalise content and to analyse our traffic.', 'cookies'],
    [
      'The views expressed here are the author’s and do not necessarily reflect those of the institute.',
      'disclaimer',
    ],
    ['This note reflects the author’s own views, not those of the harbour board.', 'disclaimer'],
    ['UNCLASSIFIED // FOR OFFICIAL USE ONLY', 'marking'],
    ['Classification: Official', 'marking'],
    ['Page 2 of 5', 'page-number'],
    ['Tel: +44 20 0000 0000', 'contact'],
    ['newsroom@valley.example', 'contact'],
    ['PO Box 1234, Old Town, Harbour City', 'address'],
    ['Valley Courier, 12 River Road, Old Town, Harbour City', 'address'],
    ['About | Contact | Privacy | Terms', 'nav'],
    ['Home » World » Middle East', 'nav'],
    ['Home World Politics Business Climate Podcasts', 'nav'],
    ['Africa Europe Security & Defence Culture Video', 'nav'],
    ['Learn More', 'call-to-action'],
    ['Skip to main content', 'call-to-action'],
    ['4 min read', 'reading-time'],
    ['Support independent journalism from the valley. Make a donation', 'appeal'],
    ['Spotted an error? Tell our corrections desk.', 'feedback'],
    ['12 Comments', 'comments'],
    ['Leave a Reply', 'comments'],
    ['Photo: Valley Courier', 'media'],
    ['Site logo', 'media'],
    ['f t in ✉', 'share'],
    ['Breaking: Port authority reopens the eastern quay', 'promo'],
    ['— Also in Politics —', 'related-heading'],
    ['SUBSCRIBE to the Harbour Letter: one e-mail every Monday, nothing else.', 'newsletter'],
    ['Have your say. Comments are reviewed before they appear.', 'comments'],
    ['Listen to this article (6 min)', 'media'],
  ])('%s is %s', (line, kind) => {
    expect(chromeKind(line)).toBe(kind);
  });

  it.each([
    'Three police officers were killed when gunmen opened fire on a checkpoint late on Friday, a local official said.',
    'Gunmen attack checkpoint near the river, three police killed',
    'No one was hurt.',
    'The group urged its followers to share the statement on social media, investigators said.',
    'Police said the attackers came from the direction of the old market road.',
    'Niger: 137 killed in raids on three villages',
    'Q & A',
    'Security forces retake Culture Ministry',
    'World Health Organization',
    'Also in attendance were two ministers.',
    'Harbour Institute, Working Paper No. 12',
    'KEN-2 | 3 March 2019 | Armed clash',
  ])('leaves article text alone: %s', (line) => {
    expect(chromeKind(line)).toBeNull();
  });
});
