// The words quote finding, attribution and channels read, in one place.

/** Social networks and messaging platforms a statement is posted on, as their names are written. */
export const PLATFORMS: readonly string[] = [
  'Facebook', 'Twitter', 'Telegram', 'YouTube', 'Instagram', 'WhatsApp', 'TikTok', 'Truth Social', 'LinkedIn', 'Threads', 'Bluesky', 'Mastodon',
  'Weibo', 'WeChat', 'VKontakte', 'VK', 'Snapchat', 'Reddit', 'Substack', 'Signal', 'Viber', 'Gab', 'Parler', 'Rumble', 'Twitch',
];

/** Where a statement is made in person or live: "at a press conference", "on an earnings call". */
export const VENUES: readonly string[] = [
  'press conference', 'news conference', 'press briefing', 'news briefing', 'media briefing', 'briefing', 'earnings call', 'conference call',
  'rally', 'town hall', 'podcast', 'radio show', 'talk show', 'phone-in', 'webinar', 'livestream',
];

/** What shape a statement takes: "in a statement", "in a letter", "in a blog post". */
export const FORMS: readonly string[] = [
  'statement', 'letter', 'blog post', 'press release', 'news release', 'communique', 'communiqué', 'op-ed', 'column', 'email', 'e-mail',
  'text message', 'video message', 'televised address', 'video address', 'speech', 'interview', 'testimony', 'memo', 'newsletter', 'editorial', 'essay',
];
