// The words quote finding, attribution and channels read, in one place.

/** Social networks and messaging platforms a statement is posted on, as their names are written. */
export const PLATFORMS: readonly string[] = [
  'Facebook', 'Twitter', 'Telegram', 'YouTube', 'Instagram', 'WhatsApp', 'TikTok', 'Truth Social', 'LinkedIn', 'Threads', 'Bluesky', 'Mastodon',
  'Weibo', 'WeChat', 'VKontakte', 'VK', 'Snapchat', 'Reddit', 'Substack', 'Signal', 'Viber', 'Gab', 'Parler', 'Rumble', 'Twitch',
];

/** Where a statement is made in person or live: "at a press conference", "on an earnings call". */
export const VENUES: readonly string[] = [
  'press conference', 'news conference', 'press briefing', 'news briefing', 'media briefing', 'briefing', 'earnings call', 'conference call',
  'investor call', 'analyst call', 'shareholder call', 'call with investors', 'call with analysts', 'call with shareholders',
  'rally', 'town hall', 'podcast', 'radio show', 'talk show', 'phone-in', 'webinar', 'livestream',
  'committee hearing', 'congressional hearing', 'parliamentary hearing', 'Senate hearing', 'parliamentary debate', 'debate in parliament',
];

/**
 * Words in outlets' names: "told Harbour Radio" names an outlet whatever the recogniser takes the
 * name for, and a town alone is not the paper named after it ("Varnia" beside "Varnia Today").
 */
export const OUTLET_WORDS: readonly string[] = [
  'Radio', 'Television', 'TV', 'FM', 'News', 'Times', 'Post', 'Herald', 'Gazette', 'Tribune', 'Journal', 'Daily', 'Chronicle', 'Courier',
  'Telegraph', 'Observer', 'Monitor', 'Magazine', 'Channel', 'Broadcasting', 'Press', 'Agency', 'Wire', 'Kanal', 'Today', 'Express',
  'Mail', 'Mirror', 'Weekly', 'Sentinel', 'Beacon', 'Examiner', 'Inquirer', 'Bulletin', 'Dispatch', 'Advertiser', 'Enquirer', 'Argus', 'Ledger',
  // the same words in the languages outlets keep in their names
  'Radyo', 'Rádio', 'Raidió', 'Rádió', 'Televisão', 'Televisión', 'Télévision', 'Telewizja', 'Noticias', 'Notícias', 'Diário', 'Diario',
  'Jornal', 'Gazeta', 'Zeitung', 'Courant', 'Kurier', 'Nieuws', 'Nyheter', 'Tidende', 'Haber',
];

/** Whom a speaker addresses in person: "told cheering supporters", "told a crowd of 2,000", "addressing party activists". */
export const AUDIENCES: readonly string[] = ['supporters', 'crowd', 'crowds', 'rally', 'activists', 'party faithful', 'party members', 'volunteers', 'delegates', 'mourners', 'worshippers', 'congregation', 'campaign workers'];

/** What shape a statement takes: "in a statement", "in a letter", "in a blog post". */
export const FORMS: readonly string[] = [
  'statement', 'letter', 'blog post', 'press release', 'news release', 'communique', 'communiqué', 'op-ed', 'column', 'email', 'e-mail',
  'text message', 'video message', 'televised address', 'video address', 'speech', 'interview', 'testimony', 'memo', 'newsletter', 'editorial', 'essay',
  'video', 'note to clients', 'research note', 'client note', 'written reply', 'written answer', 'written response',
  'by telephone', 'by phone', 'over the phone', 'called me', 'called us', 'phoned me', 'phoned us',
];

// Attribution: cue verbs, the words around speakers, and first names that tell a gender.

/** Attribution verbs, as written, lower case: "States" in "United States" and "Claims" in a title are no cues. */
export const CUE_WORDS = new Set(
  ('said says say saying told tells telling added adds adding explained explains explaining insisted insists insisting condemned condemns condemning ' +
    'described describes describing declared declares declaring stressed stresses stressing warned warns warning wrote writes writing tweeted tweets ' +
    'tweeting announced announces announcing noted notes noting argued argues arguing claimed claims claiming asked asks asking replied replies replying ' +
    'stated states stating continued continues commented urged urges urging called calls calling branded brands branding recalled recalls admitted ' +
    'admits acknowledged acknowledges suggested suggests predicted predicts denied denies confirmed confirms vowed vows pledged pledges promised promises ' +
    'threatened threatens maintained maintains emphasised emphasized emphasises emphasizes underlined underlines accused accuses criticised criticized ' +
    'criticises criticizes slammed slams praised praises dismissed dismisses rejected rejects posted posts concluded concludes observed remarked responded ' +
    'responds answered demanded demands conceded concedes complained complains lamented joked alleged alleges reiterated reiterates quoted cited ' +
    'yelled yells screamed chanted chants mocked mocks interjected pressed ' +
    'revealed reveals confessed confesses quipped retorted shouted exclaimed protested countered pleaded appealed assured cautioned ' +
    'highlighted welcomed hailed dubbed labelled labeled termed testified recounted believes believed thinks feels fears hopes reported reports ' +
    'wondered wonders proclaimed proclaims demurred scoffed boomed mused muses jokes reads thanked affirms affirmed shouting chanting yelling screaming').split(' '),
);
/** Words that make a gap a clause of its own rather than a title before a name. */
export const VERBS = new Set('is was were are be been being has have had will would could should may might can do does did not that which who whom whose when where while because if'.split(' '));
/** Head nouns of descriptions of people: "the world indoor champion", "the 27-year-old Austrian", "the Waterford man". */
export const PERSON_NOUN =
  /(?:er|or|ist|ian|president|resident|student|agent|correspondent|sergeant|lieutenant|consultant|assistant|servant|migrant|participant|defendant|man|men|woman|women|year-old|champion|coach|chief|head|boss|star|captain|leader|president|minister|secretary|official|judge|bishop|prince|princess|king|queen|father|mother|wife|husband|son|daughter|brother|sister|lad|kid|youngster|boy|girl|Briton|Scot|Frenchman|Swede|Dane|Spaniard|Pole|Turk|Kurd|Arab|Greek|Swiss|nominee|candidate|hopeful|diplomat|analyst|envoy|aide|expert|incumbent|host|mogul|tycoon|magnate|billionaire|millionaire|surgeon|veteran)s?$/i;
/** Nor does a preposition stand in a title: "said in a statement on Facebook" names no speaker "Facebook". */
export const PREPOSITIONS = new Set('in on at to with from by about after before during into over under through than as of for against among between without'.split(' '));
/** Cues that come before their speaker after a reported clause: "…, said Mr Thomas". */
export const INVERTING = new Set('said says say added adds explained explains asked asks wrote writes continued recalled recalls insisted insists noted notes argued argues warned warns replied answered concluded observed remarked'.split(' '));
/** Cues that report words (not "believes", "fears", "posted"): only they make a two-word phrase a quote. */
export const SPEECH = /^(?:sa(?:id|ys|y|ying)|told|tell(?:s|ing)?|call(?:ed|s|ing)|insist(?:ed|s|ing)|describ(?:ed|es|ing)|den(?:ied|ies)|warn(?:ed|s|ing)|add(?:ed|s|ing)|promis(?:ed|es)|vow(?:ed|s)|pledg(?:ed|es)|claim(?:ed|s)|brand(?:ed|s)|dubb?(?:ed|s)|label(?:l?ed|s)|termed|accus(?:ed|es)|wrote|writes|argu(?:ed|es)|predict(?:ed|s)|according to)$/i;
/** Words that may stand between a subject and its verb ("Farouk also said", "X has since said"). */
export const FILLER = new Set(
  'also later then earlier previously again further reportedly once recently publicly repeatedly separately since has have had was is were would will however meanwhile today yesterday on last night monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** Nouns for unnamed speakers. Singular ones after "the" may point back to a named person ("the analyst"). */
export const SOURCE_NOUNS = new Set(
  ('source official diplomat insider resident activist observer analyst expert aide officer medic doctor commander negotiator minister envoy ' +
    'ambassador president leader chief adviser advisor representative member fighter lawyer researcher judge prosecutor economist strategist ' +
    'correspondent editor director executive chairman chairwoman secretary governor mayor senator witness protester demonstrator supporter voter ' +
    'worker student teacher parent patient fan critic neighbour neighbor villager farmer trader owner commenter caller viewer listener reader employee ' +
    'narrator announcer colleague friend relative host moderator staffer operative attendee user commentator pundit voice voiceover')
    .split(' ')
    .flatMap((w) => [w, `${w}s`])
    .concat('witnesses spokesman spokeswoman spokesperson spokesmen spokeswomen spokespeople person people'.split(' ')),
);
/**
 * Nouns that are an unnamed source only after "a", "an" or a number ("a woman who asked not to be named said",
 * "a scientist at the institute, who was not authorised to speak, said"); "the woman", "the scientist" refer back.
 */
export const INDEFINITE_SOURCES = new Set(
  ('man woman scientist engineer nurse pilot miner rescuer volunteer guard soldier firefighter paramedic survivor passenger victim mourner ' +
    'banker investor manager technician inspector geologist surgeon driver fisherman labourer laborer eyewitness bystander onlooker ' +
    'commuter tourist')
    .split(' ')
    .flatMap((w) => (w.endsWith('man') ? [w, `${w.slice(0, -3)}men`] : [w, `${w}s`])),
);
/** Source nouns that are a named person's title more often than an unnamed source's. */
export const TITLE_NOUNS = new Set('minister president leader chief envoy ambassador chairman chairwoman secretary governor mayor senator judge prosecutor director executive commander negotiator'.split(' '));
/** Offices of a country or body, not of a person: "Varnia's health minister", "the country's parliament". */
export const OFFICES = new Set('minister ministers ministry government parliament embassy ambassador army police cabinet'.split(' '));
export const DETERMINERS = new Set('a an the one two three several some many other another his her their our'.split(' '));
/** Modifiers of an unnamed source ("a senior Western diplomat") are no function words or verbs. */
export const STOP = new Set([...'and or but that which who whom of to in on at for with by from as is was were are has have had be been not he she it they we i than his her its their'.split(' '), ...CUE_WORDS]);
/** "I" is the writer's own voice: a speaker, named by no one else in the article. */
export const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'i']);
/** Nouns that head organisation names and stand alone for them: "the Ministry", "the committee". */
export const ORG_HEADS = new Set(
  ('ministry committee council commission agency army department government party company group court union organisation organization office observatory ' +
    'foundation institute university association federation authority board bank network service coalition alliance movement front police parliament ' +
    'embassy magazine newspaper paper firm website report study survey charity club team watchdog regulator broadcaster station statement communique ' +
    // Documents that speak for whoever issued them: "the ad says", "the email goes on".
    'ad advert email release tweet post memo editorial caption transcript letter note opinion ruling ' +
    'suit lawsuit complaint indictment filing document footnote headline sign message column book excerpt passage campaign summary audit').split(' '),
);
/** Heads that stand for whatever organisation the article just named: "the company", "the charity" (not "the ministry"). */
export const GENERIC_ORGS = new Set('company firm group charity club organisation organization'.split(' '));
/** Last words of public bodies' names: "the company" or "the firm" is none of them ("the Medicines Regulatory Authority"). */
export const PUBLIC_BODIES = new Set('Authority Ministry Agency Commission Council Department Police Court Parliament Government University Committee Union Office Regulator Inspectorate Directorate Administration Assembly Senate Congress Tribunal Service'.split(' '));
export const RELATIVE = new Set(['who', 'whom', 'which', 'that', 'whose', 'where', 'when']);
export const OBJECTS = new Set(['him', 'her', 'them']);
export const PARTICLES = new Set(['de', 'di', 'du', 'da', 'al', 'el', 'van', 'von', 'bin', 'ibn']);
/** Common first names, for the gender of people the text gives no title or pronoun for. */
export const FEMALE = new Set(
  ('mary anne ann anna elizabeth sarah jane susan margaret patricia jennifer linda barbara karen nancy lisa helen laura emma emily claire catherine ' +
    'katherine kate theresa hillary angela nicola harriet tessa ruth julia julie caroline rachel rebecca hannah sophie lucy charlotte victoria alice ' +
    'maria marie elena olga natalia irina svetlana fatima aisha leila layla nadia yulia tatiana marine ursula christine michelle kamala diane diana ' +
    'sandra jacqui jackie sheila janet joan joanne louise amanda paula fiona gillian zara sally yvette priti liz kirsty penny carmen ana isabel isabelle ' +
    'sofia sophia ingrid greta heidi monica lorraine letitia samantha jessica amy megan olivia grace chloe zoe sue maggie annie valerie').split(' '),
);
export const MALE = new Set(
  ('john james michael david robert william richard thomas charles joseph christopher daniel paul mark peter george edward tony gordon ed ian alan ' +
    'alastair andrew stephen steven kenneth ken jack nick nicholas boris vladimir sergei sergey dmitry mohammed mohammad muhammad ahmed ali hassan ' +
    'hussein omar bashar recep emmanuel francois jean pierre giuseppe carlos juan jose luis hans klaus olaf donald joe barack bill jim tom bob ben ' +
    'matthew martin simon jeremy liam frank henry harry jason kevin brian gary patrick sean keith graham neil tim timothy philip anthony kofi abdullah ' +
    'khalid faisal ibrahim mikhail viktor victor igor yuri alexei alexander maurice gerry colin hamish rod steve mike chris dan greg roger').split(' '),
);
