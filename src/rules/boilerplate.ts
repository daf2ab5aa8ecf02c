// Line patterns of site chrome, by name. Each matches a whole short line (menus, buttons, prompts), so
// a sentence that merely mentions "share" or "cookies" is never caught. Common languages included.
import { rule, type Rule } from './rule.js';
import { isSignedCaption } from './caption.js';

interface LinePattern {
  readonly rule: Rule;
  readonly test: RegExp;
  /** Longer lines are prose, whatever words they use. */
  readonly maxChars: number;
  /** The lower-cased line must hold one of these for the pattern to be tried (a cheap first test). */
  readonly hints?: readonly string[];
  /** Lines the pattern matches that are something else. */
  readonly unless?: (text: string) => boolean;
}

const p = (name: string, reason: string, test: RegExp, maxChars = 80, hints?: readonly string[], unless?: (text: string) => boolean): LinePattern => ({
  rule: rule(name, reason),
  test,
  maxChars,
  ...(hints && { hints }),
  ...(unless && { unless }),
});

const SKIP_LINK =
  /^(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|navigation|search|footer)\b|pular para o conteúdo|saltar al contenido|aller au contenu|zum inhalt springen|vai al contenuto|перейти к содержанию|メインコンテンツへ(?:移動|スキップ)|本文へ(?:移動|スキップ)?|跳(?:转)?到(?:主要)?(?:内容|正文)|본문\s?바로\s?가기)/iu;

const LINK_LIST = /^\d{1,5}\.\s+(?:https?|ftp|file):\/\/\S+$|^(?:references|visible links|hidden links:?)$/iu;

/** A line of the link list a text browser prints under each page: it ends a page, never opens one. */
export function isLinkListLine(text: string): boolean {
  return text.length <= 400 && LINK_LIST.test(text);
}

const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/iu;

/** A web address alone on its line: the page's own address a scraper prints above it, never a headline. */
export function isAddressLine(text: string): boolean {
  return text.length <= 2000 && (text.charCodeAt(0) === 104 || text.charCodeAt(0) === 119 || text.charCodeAt(0) === 72 || text.charCodeAt(0) === 87) && ADDRESS.test(text);
}

/** "Skip to main content": the first lines of a page (a dump of pages without blank lines between them starts one here). */
export function isSkipLink(text: string): boolean {
  return text.length <= 80 && SKIP_LINK.test(text);
}

/** "© 2026 Example Media", "Copyright © 2026 …": a footer that may run on at any length. */
const COPYRIGHT_YEAR = /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d\b/iu;
const RIGHTS_RESERVED = /\ball rights reserved\b/iu;

/** What a footer links to under its copyright line, in the common languages. */
const FOOTER_LINK =
  /^(?:privacy|terms|cookie|imprint|impressum|contact|about(?: us)?$|site ?map|advertis|careers|jobs|help|faq|feedback|accessibility|legal|disclaimer|rss|reprints|permissions|trademarks|do not sell|ad ?choices|datenschutz|kontakt|nutzungsbedingungen|mentions légales|confidentialité|aviso legal|política de|privacidade|termos|informativa|политика|контакты|個人情報|利用規約|隐私|이용약관|개인정보)/iu;

/** A line of the links under a page's copyright ("Privacy Policy", "Terms of Use | Contact | Jobs"). */
export function isFooterLink(text: string): boolean {
  return text.length <= 100 && (FOOTER_LINK.test(text) || text.split(' | ').length >= 3);
}

/** The first mark of a copyright notice in a line. */
const COPYRIGHT_MARK = /©|\(c\)|\bcopyright\b|\ball rights reserved\b/iu;
/**
 * Words a notice's line may have before it ("This material may not be published… ©2019 …"); a
 * photo's caption that ends with its agency's notice has a whole sentence there.
 */
const NOTICE_LEAD_WORDS = 12;

/** "© 2026 Example Media", "Copyright 2026 …", "… All rights reserved.": a page's footer. */
export function isPageFooter(text: string): boolean {
  if (text.length > 300) return false;
  if (COPYRIGHT_YEAR.test(text)) return true;
  if (!RIGHTS_RESERVED.test(text)) return false;
  const lead = text.slice(0, COPYRIGHT_MARK.exec(text)!.index).trim();
  return lead.length === 0 || lead.split(/\s+/u).length <= NOTICE_LEAD_WORDS;
}

const DONATION = 'Appeals for money or membership ("Support independent journalism", "Donate", "Become a member").';

export const LINE_PATTERNS: readonly LinePattern[] = [
  p('skip-link', 'Accessibility links of the page ("Skip to main content").', SKIP_LINK),
  p(
    'share-buttons',
    'Share and social buttons ("Share on Facebook", "Tweet", "Email").',
    /^(?:(?:share|post|send|pin)(?: (?:this|it|the story|the article|story|article|on|via|to|with|by))*(?: (?:facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|email|e-mail|messenger|flipboard|tumblr|mail))?|tweet|pin it|e-?mail|mail|print(?: this)?|drucken|version zum drucken|imprimir|imprimer|stampa|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|tumblr|messenger|google\+|stumbleupon|blogger|vk|copy link|link copied|comparte?|compartir|partager|teilen|condividi|compartilh(?:e|ar)|поделиться|bagikan|sdílet|공유|シェア(?:する)?|ツイート|いいね|分享|공유하기)(?:[\s,|/·•]+(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|flipboard|copy link))*(?:\s?\d{1,6})?[\s:]*$/iu,
    60,
  ),
  p(
    'share-buttons',
    'Share and social buttons ("Share on Facebook", "Tweet", "Email").',
    /\(opens in (?:a )?new window\)$|^(?:click to (?:share|email|print|tweet)|tweet about this|submit to |share all sharing options)|^share (?:this(?: (?:article|story|page|post|video|link))?|(?:on|via|to|with) [\p{L}+ ]{1,20})[:.!]?(?:\s*\(\d+\))?$/iu,
    120,
  ),
  p(
    'follow-us',
    'Social follow prompts ("Follow us on Twitter").',
    /^follow .{0,60}\bon (?:facebook|twitter|instagram|youtube|tiktok|linkedin)\b|^follow @\w+/iu,
    200,
    ['follow'],
  ),
  p(
    'newsletter-prompt',
    'Newsletter and subscription prompts.',
    /^click here to subscribe\b|^sign up:|\bdelivered (?:to|through) your (?:inbox|letterbox|door)|^subscribe to (?:our|the|\S+) .{0,60}(?:newsletter|magazine|channel|youtube)/iu,
    200,
    ['subscribe', 'sign up', 'delivered'],
  ),
  // "Get the Courier's morning briefing in your inbox every weekday": an offer, opened by its verb.
  p('newsletter-prompt', 'Newsletter and subscription prompts.', /^(?:get|receive|sign up|subscribe|join)\b[^.!?]{0,80}\b(?:in|to|into|straight to) your inbox\b/iu, 200, ['inbox']),
  p('follow-us', 'Social follow prompts ("Follow us on Twitter").', /^(?:follow (?:us|@|me)|like us on|join us on|síguenos|suivez[- ]nous|folge uns|seguici|siga-nos|segue-nos|ikuti kami|подпис\S* на нас)/iu, 100),
  p(
    'newsletter-prompt',
    'Newsletter and subscription prompts.',
    /^(?:(?:sign up|subscribe|register)(?: now| today| here)?(?: (?:to|for) (?:our|the|my)?\s?\S+(?: \S+){0,4})?|(?:get|receive|join) (?:our|the) (?:\S+ )?(?:newsletter|mailing list)\S*|newsletters?|subscribe|suscr[ií]bete|abonnez-vous|abonnieren|iscriviti|assine(?: já)?|berlangganan|подписаться)[.!:]*$/iu,
    100,
  ),
  // "Support Snopes so we continue …", "Donate to Wikipedia", "Become a member": a site asking for money.
  // A sentence about support names what is supported ("Support for the plan grew"): not caught.
  p(
    'donation-prompt',
    DONATION,
    /^(?:support (?:us|our (?:work|journalism|newsroom|reporting|mission)|(?:independent|local|quality|nonprofit|non-profit) (?:journalism|news|reporting|fact-checking))\b|(?:help us|please consider) (?:to )?(?:support|donate)|donate(?: now| today)?\b|make a (?:donation|contribution)\b|become a (?:member|supporter|patron|subscriber)\b)|\bclick here to (?:support|donate)\b/iu,
    140,
    ['support', 'donat', 'contribution', 'become a'],
  ),
  // The site's name, in capitals as it writes it (case matters here: "Support on Twitter" is a help desk).
  p('donation-prompt', DONATION, /^Support (?:The )?\p{Lu}\S*(?: \p{Lu}\S*){0,2}(?= (?:so|and|today|now)\b|[.!]?$)/u, 140, ['support']),
  p(
    'cookie-notice',
    'Cookie and privacy consent prompts.',
    /\b(?:cookies?|cookie policy|privacy settings|consent)\b.*\b(?:use|uses|accept|agree|consent|improve|experience|policy|settings|continu\w+)\b|^(?:accept(?: all)?(?: cookies)?|i agree|i accept|got it|ok,? i understand|manage (?:cookies|preferences)|accept & close)[.!]?$/iu,
    200,
    ['cookie', 'consent', 'privacy', 'accept', 'agree', 'got it', 'understand', 'manage'],
  ),
  // A footer that starts with the sign and a year may run on (trademarks, addresses): any length.
  // Consent-plugin prose explains the site's cookies at paragraph length; the phrase opens the line (an
  // article that quotes "we use cookies" mid-paragraph is not a prompt).
  p(
    'cookie-notice',
    'Cookie and privacy consent prompts.',
    /^[^.!?]{0,40}?\b(?:this (?:web)?site uses cookies|we use cookies|(?:necessary|functional|performance|analytics?|advertisement|marketing|other uncategori[sz]ed|third-party) cookies (?:are|is|help|include|may|will)|cookies? (?:policy|settings|preferences|consent))\b/iu,
    1000,
    ['cookie'],
  ),
  p('copyright', 'Copyright and legal footer lines.', COPYRIGHT_YEAR, 1000, ['©', '(c)', 'copyright']),
  p('copyright', 'Copyright and legal footer lines.', /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b|todos os direitos|todos los derechos|tous droits|alle rechte|tutti i diritti|все права|hak cipta|všechna práva/iu, 200, ['©', '(c)', 'copyright', 'rights', 'direitos', 'derechos', 'droits', 'rechte', 'diritti', 'права', 'cipta', 'práva'], isSignedCaption),
  p(
    'read-more',
    'Links to more articles ("Read more", "Related stories", "Most read").',
    /^(?:read (?:more|next|the full (?:story|article))|continue reading(?: the main story)?|more:|related:?|you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|more (?:from|on|stories|news|articles|in|great)\b.*|next up\b.*|other \S+ (?:columns|stories)|like this (?:article|story)\??|want more\b.*|don'?t miss\b.*|you (?:may|might) be interested\b.*|more about\b.*|más sobre\b.*|mehr:.*|также может быть интересно.*|вам также может быть интересно.*|материалы по теме|похожие (?:статьи|новости)|related (?:articles|stories|posts|content|news|coverage|topics)|top stories|editor'?s picks|latest (?:news|stories|articles)|leia (?:mais|também)|veja também|lee (?:más|también)|lire (?:aussi|la suite)|à lire aussi|mehr zum thema|weiterlesen|meist(?: ?gelesen| ?kommentiert)|(?:also|auch|aussi|también|também) (?:on|auf|bei|sur|en|no|em) [^:]{1,30}:|leggi anche|sur le même sujet|dans la même rubrique|lire aussi|vous aimerez (?:aussi|également)|(?:notícias|artigos|matérias|noticias|artículos|temas) relacionad[oa]s|você (?:também )?pode gostar|te puede interesar|articoli correlati|potrebbe interessarti|ähnliche artikel|das könnte sie auch interessieren|похожие материалы|читайте также|baca juga|čtěte také|더보기|関連記事|相关(?:文章|新闻|阅读)|관련\s?기사)(?![\p{L}\p{N}])/iu,
    60,
  ),
  // A list of other stories shows each as a cut-off excerpt and its link: "… sights, sounds,… Read more",
  // "… the new quay […] Continue reading →", "… Read more example.com". An article's own paragraph does not
  // stop mid-sentence so.
  p(
    'teaser-excerpt',
    'A cut-off excerpt of another article with its link ("… Read more").',
    /(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s?(?:read (?:more|the rest)|continue (?:reading|lendo)|keep reading|lire la suite|leia mais|weiterlesen|leer más|seguir leyendo|continua a leggere|leggi tutto|читать далее|baca selengkapnya)(?:\s*(?:→|»|›|>|\.|!|read more|(?:[\p{L}\p{N}\u200b-]+\.)+[\p{L}\u200b]{2,}))*\s*$/iu,
    600,
    ['…', '...'],
  ),
  // "More Washington Examiner", "More Holidays & Celebrations": a heading over links to more stories (the
  // capital is tested without /i, under which \p{Lu} matches any letter).
  p('read-more', 'Links to more articles ("Read more", "Related stories", "Most read").', /^More \p{Lu}[\p{L}\p{N}&.’' -]{0,40}(?:\.\.\.|…)?$/u, 45),
  p('read-more', 'Links to more articles ("Read more", "Related stories", "Most read").', /^[【\[]?(?:関連記事|関連情報|関連ニュース|相关(?:文章|新闻|阅读))[】\]]?$/u),
  p(
    'advertisement',
    'Advertising labels.',
    /^(?:advertisements?|advertising|advertisement - scroll to continue|sponsored(?: content| by .*)?|paid content|promoted|ad|ads by .*|story continues below(?: advertisement)?|publicidad|publicité|anzeige|werbung|pubblicità|publicidade|реклама|iklan|reklama|광고|広告|广告)[.:]?$/iu,
  ),
  p('login-prompt', 'Account links ("Log in", "Register").', /^(?:log ?in|sign ?in|sign ?up|sign ?out|log ?out|register|my account|create (?:an |your )?account|log ?in ?\/ ?register|login ?register ?logout|entrar|iniciar sesión|connexion|se connecter|anmelden|accedi|войти|masuk|přihlásit|ログイン|로그인|登录|登入)[.!]?$/iu),
  p(
    'comments-prompt',
    'Comment section controls ("Leave a comment", "Reply", "12 Comments").',
    /^[[(]?\s*\d+\s+(?:comments?|responses?|replies)\s*[\])]?$|^(?:top|most|best) (?:rated|recent|popular|liked) (?:comments|replies)$|^view all (?:\d+ )?comments$|^(?:comments|responses|replies)(?:\s*\(\d+\))?$|^\d+ (?:comments|responses|replies) (?:to|on)\b|^\S.{0,40}\s(?:says|wrote|writes|commented):$|^(?:leave|post|add|write|view|show|load|hide)(?: a| the| all| more| new)? (?:comment|reply|comments|replies)\b|^(?:reply|report abuse|report)$|^(?:lascia un commento|laisser un commentaire|deja un comentario|deixe (?:um|seu) comentário|hinterlasse einen kommentar|оставить комментарий|regístrate o inicia sesión para comentar|devi essere connesso per inviare un commento)|^no comments yet\b|^kommentare? (?:lesen|schreiben|anzeigen)\b|^\d+ comments? \(\+\)$|^tell us what you think|^(?:comentários?|commentaires?|kommentare?|commenti|комментари\S*|komentář\S*|komentar)(?:\s*\(\d+\))?$/iu,
  ),
  p(
    'navigation',
    'Menu and paging links ("Home", "Menu", "Next", "Back to top").',
    /^(?:home|menu|main menu|search|close|open|back to top|top|next|previous|prev|next article|previous article|more|show more|load more|view all|see all|all news|sections|categories|tags?|topics?|main navigation|navigation|go|submit|subscribe now|toggle navigation|start|inicio|accueil|startseite|início|главная|beranda|ホーム|トップ|首页|主页|홈|ニュース|新闻|뉴스)[.:›»>]*$|^(?:home|inicio|accueil)\s*[>»/|›]|^[►▼▶◄]\s*\S.*\(\d+\)$|^«?\s*(?:vorige|vorherige|nächste|zurück|weiter|siguiente|anterior|suivant|précédent|próximo|successivo|precedente)(?:\s*\|\s*(?:vorige|vorherige|nächste|zurück|weiter|siguiente|anterior|suivant|précédent|próximo|successivo|precedente))?\s*»?$/iu,
    40,
  ),
  p(
    'media-label',
    'Labels of pictures, galleries and icon buttons ("Photo", "Image 3 of 12", "Back to Gallery").',
    /^(?:photos?|images?|caption|getty(?: images)?|credits?|avatar|advert|(?:back to|view|open) (?:the )?gallery|(?:image|photo|slide|picture)s? \d+(?: of)? ?\/? ?\d+|\d+ of \d+)$/iu,
    30,
  ),
  p('media-label', 'Labels of pictures, galleries and icon buttons ("Photo", "Image 3 of 12", "Back to Gallery").', /\p{Co}/u, 30),
  // A picture's file name printed for its alt text or link ("AP_19115488620320.jpg").
  p('media-label', 'Labels of pictures, galleries and icon buttons ("Photo", "Image 3 of 12", "Back to Gallery").', /^\S.*\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?)$/iu, 120, ['.jp', '.png', '.gif', '.webp', '.svg', '.bmp', '.tif']),
  // A wiki's hatnote above its article: "This article is about the country. For other uses, see …".
  p(
    'wiki-hatnote',
    'A wiki\'s note on other pages of the same name ("For other uses, see …", "… redirects here.").',
    /^(?:this article is about\b.*\.\s*)?for other uses, see\b|^["“]?[^.]{1,60}["”]? redirects here\.|^not to be confused with\b/iu,
    200,
    ['for other uses', 'redirects here', 'not to be confused'],
  ),
  // What a site prints for browsers it does not serve: "Please upgrade your browser", "To view this video
  // please enable JavaScript". It opens the notice, or names the browser; an article about browsers does not
  // tell its reader to change theirs.
  p(
    'browser-notice',
    'Notices for old browsers or disabled JavaScript ("Please upgrade your browser").',
    /(?:^|[.!] )(?:please |kindly )?(?:update|upgrade|switch) (?:to a (?:modern|newer|supported|different) (?:web )?browser|your (?:web )?browser\b)|\bno longer supports? internet explorer\b|^(?:we'?ve detected (?:that )?)?you(?:'re| are) (?:using|on) (?:an? (?:outdated|old|unsupported) (?:web )?browser|internet explorer)\b|^(?:to (?:view|watch|play|see) this (?:video|content|media),? )?(?:please )?(?:enable|turn on|activate) javascript\b|^javascript (?:is )?(?:disabled|required|must be enabled|is not enabled)\b|^(?:sorry, )?your (?:web )?browser (?:does ?n[o']t|doesn['’]t|cannot|can['’]t) (?:support|play|display)\b/iu,
    300,
    ['browser', 'javascript', 'internet explorer'],
  ),
  p(
    'link-list',
    'The list of link addresses a text browser prints under the page ("References", "1. https://…").',
    LINK_LIST,
    400,
  ),
];

/** The rule of the link list a text browser prints under the page. */
export const linkListRule: Rule = LINE_PATTERNS.find((pattern) => pattern.rule.name === 'link-list')!.rule;

/**
 * Each pattern's hints as one regex of literal alternatives: true exactly when the lower-cased line
 * includes one of them (one scan instead of one search per hint).
 */
const hintTest = (hints: readonly string[]): RegExp => new RegExp(hints.map((h) => h.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
const HINT_TESTS: readonly (RegExp | undefined)[] = LINE_PATTERNS.map((pattern) => (pattern.hints ? hintTest(pattern.hints) : undefined));
/**
 * The hints of every pattern a line of up to `maxChars` characters may match, in one test: most lines
 * hold none, and then no pattern with hints is tried. A paragraph is tested for the hints of the few
 * patterns that allow its length only. By `maxChars`, ascending.
 */
const ANY_HINT: readonly { readonly maxChars: number; readonly test: RegExp }[] = [...new Set(LINE_PATTERNS.filter((pattern) => pattern.hints).map((pattern) => pattern.maxChars))]
  .sort((a, b) => a - b)
  .map((maxChars) => ({ maxChars, test: hintTest(LINE_PATTERNS.flatMap((pattern) => (pattern.maxChars >= maxChars ? (pattern.hints ?? []) : []))) }));

/** Does the lower-cased line hold a hint of a pattern its length (`chars`, before lower-casing) allows? */
function holdsAnyHint(lower: string, chars: number): boolean {
  for (const group of ANY_HINT) if (chars <= group.maxChars) return group.test.test(lower);
  return false;
}

/** The first pattern a line matches, if any (remembered for short lines with the rest of its facts: see pipeline/line-facts.ts). */
export function matchBoilerplate(text: string): Rule | undefined {
  let lower: string | undefined;
  let anyHint: boolean | undefined;
  for (let k = 0; k < LINE_PATTERNS.length; k++) {
    const pattern = LINE_PATTERNS[k]!;
    if (text.length > pattern.maxChars) continue;
    const hints = HINT_TESTS[k];
    if (hints) {
      lower ??= text.toLowerCase();
      anyHint ??= holdsAnyHint(lower, text.length);
      if (!anyHint || !hints.test(lower)) continue;
    }
    if (pattern.test.test(text) && !pattern.unless?.(text)) return pattern.rule;
  }
  return undefined;
}

const BARE_NUMBER = /^[\d.,\s]{1,7}[kKmM]?$/;
export function isBareNumber(text: string): boolean {
  return text.length <= 8 && BARE_NUMBER.test(text);
}

// "Wahabi (185)", "Travel (1465)", "View all (4)": a category or archive widget's entry with its count
// of posts (a year in brackets is a date: "HDI (2017)").
const COUNTED_LABEL = /^\p{L}[\p{L}\p{M}\p{N}'’&.,/ -]{0,50} \((?!(?:19|20)\d\d\))\d{1,6}\)$/u;
export function isCountedLabel(text: string): boolean {
  return text.length <= 60 && COUNTED_LABEL.test(text);
}

export const siteChrome = rule(
  'site-chrome',
  'The same line appears in several articles of this dump: it belongs to the site, not the article.',
);
export const outsideArticle = rule(
  'outside-article',
  'Outside the densest run of prose on the page: menus, teasers, footers and comments around the article.',
);
export const articleMeta = rule(
  'article-meta',
  'Between the headline and the first paragraph: kicker, standfirst, credits or tags, not body text.',
);
