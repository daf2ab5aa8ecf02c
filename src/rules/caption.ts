// Photo credits and caption lines that name their picture: "Photograph: X for Y", "(AP)", "Image: …".
import { rule } from './rule.js';
import { memoizeLine } from './memo.js';

export const imageCredit = rule('image-credit', 'A photo credit or a line labelled as an image caption goes to captions.');
export const pictureLabel = rule('picture-label', 'The line after a lone "Photo" or "Image" label is that picture\'s caption.');

// The word a page prints where a picture was ("Photo", then its caption). Plurals name galleries, links.
const PICTURE_LABEL = /^(?:photo|image|picture|foto|bild|imagen|imagem|immagine|фото)$/iu;
/** A caption after a picture label has words; a menu after one ("Photo", "Listen Live") has few. */
const LABELLED_CAPTION_WORDS = 4;
const LABELLED_CAPTION_CHARS = 600;

/** The lone word a page prints where a picture was. */
export function isPictureLabel(text: string): boolean {
  return text.length <= 9 && PICTURE_LABEL.test(text);
}

/** What may follow a picture label as its caption. */
export function mayBeLabelledCaption(text: string): boolean {
  return text.length <= LABELLED_CAPTION_CHARS && text.split(' ', LABELLED_CAPTION_WORDS).length === LABELLED_CAPTION_WORDS;
}

// "Source: https://…" names the page a scraper took the text from: no picture's credit.
const LABELLED = /^(?:file photo|photo(?:graph)?s?|image|picture|pic|foto|fotografia|credit|source|illustration|bild|immagine|imagem|фото)(?: credit)?\s*[:|]\s*(?!https?:\/\/|www\.)\S/iu;
const CREDIT_ONLY = /^[(\[]?(?:(?:ap|afp|reuters|getty images|epa|dpa|ansa|anadolu|xinhua|pa|bloomberg|shutterstock|istock|alamy)(?:\s*(?:photo|images?))?(?:\s*[/|,]\s*[\p{L} .'-]{1,40})?)[)\]]?$/iu;
const ENDS_WITH_CREDIT = /\s(?:photograph|photo|image|illustration)s?:\s[\p{L} .,'&/-]{2,80}$/iu;

// A caption with its credit glued on: "… in Austria.Leonhard Foeger / Reuters file",
// "… last week.Credit...Anna Moneymaker/The New York Times", "… (AP Photo/John Locher)".
const GLUED_CREDIT =
  /[.!?”"]\s?(?:Credit(?:\.\.\.|…|:)\s?)?\p{Lu}[\p{L} .'-]{1,40}\s?\/\s?(?:AP|AFP|Reuters|Getty Images|EPA|The New York Times|Bloomberg|Shutterstock|dpa|ANSA|Xinhua|Anadolu|AFP via Getty Images|Associated Press)(?: file)?$|\((?:AP|AFP|Reuters) Photo\/[^()]{2,60}\)$|Credit(?:\.\.\.|…)\s?\S.{1,60}$/u;

// "A 14th century plague doctor (Image: GETTY)", "(Credit: iStock)", "(Image credit: NASA)", "… on Tuesday.
// (Photo by Jane Roe/Getty Images)". A "(Source: …)" may credit a quote or a table.
const BRACKETED_CREDIT = /\((?:credits?|photos?|images?|fotos?|pictures?)(?: credits?)?\s*:[^()]*\)$|\((?:photos?|images?|pictures?) (?:by|courtesy(?: of)?) [^()]{2,80}\)$/iu;

const ILLUSTRATION = /^(?:illustration|image|photo) (?:for|of|from) (?:the )?(?:article|story|post)\b/iu;

// A credit after the caption's last sentence, or alone: "… landers. Credit: Tyvak", "CreditJane Roe" (a
// visually hidden "Credit" label glued to the name), "… earnings. Photograph by Jane Roe/AFP/Getty Images".
// The name holds no sentence end: "Photographs by her are on show until May." is prose.
const CREDIT_AFTER =
  /(?:^|[.!?”")]\s?)(?:Credits?(?::\s?|\.\.\.\s?|…\s?|(?=\p{Lu}\p{Ll}))|(?:Photo(?:graph)?|Image|Picture|Illustration)s? (?:by|courtesy(?: of)?) )\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.){1,60}$/u;
// "Jane Roe Submitted photo", "Contributed image": the local paper's credit for a reader's picture.
const SOURCED_PHOTO = /\s(?:submitted|contributed|courtesy|handout) (?:photo|image|picture)s?\.?$/iu;
// The labels a page prints before a caption or credit without a colon ("Image caption Fans at the
// harbour", "Image copyright Example Images"), and the agencies' styles that open a caption: "In this
// Nov. 10, 2026, file photo, …", "In this photo provided by …" (AP), "EXAMPLE CITY, TEXAS - NOVEMBER
// 14: …" (Getty), "(COMBO) This combination of …" (AFP).
const CAPTION_OPENING =
  /^(?:(?:Image|Media|Photo|Picture) (?:caption|copyright|credit)\s+\S|In (?:this|these) (?:[^!?]{0,50}?\s)?(?:file |handout )?(?:photos?|photographs?|pictures?|images? (?:made|provided|released|taken|from))\b|\p{Lu}[\p{Lu} .,'-]{2,40} - (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}: |\((?:COMBO|FILES?)\) )/u;
// Alt text a site generates from the picture, then its caption: "a man looking at the camera: Jane Roe …".
const DESCRIBED_PICTURE = /^an? \p{Ll}[\p{Ll} ,-]{3,60}: \p{Lu}/u;
// A picture's title with its kind appended by the page: "… the 2026 Example Roadster image". Prose ends in
// punctuation; a five-word title with " image" at its end is a picture's alt text, unless the word before
// makes it a link ("Click here to upload a photo").
const TITLED_PICTURE =
  /^[\p{Lu}\d]\S*(?:\s\S+){3,}(?<!\b(?:a|an|the|this|that|your|my|our|of|to|for|with|upload|add|view|see|enlarge|full|next|previous))\s(?:image|photo)$/u;

// "© Jane Roe Firefighters at the harbour on Tuesday.": a credit with its caption, not a footer (a footer
// names a company or its rights, or opens with a year).
const CREDIT_SIGN = /^©\s*\p{Lu}/u;
const FOOTER_WORDS = /\b(?:rights?|reserved|copyright|inc|ltd|llc|plc|gmbh|pty|limited|all times|media|newspapers?|network|group|publishing|company|corporation)\b|\|/iu;
const EARLY_YEAR = /\b(?:19|20)\d\d\b/u;

/** A picture's credit with its caption after the © sign. */
export function isSignedCaption(text: string): boolean {
  return (
    text.length >= 40 &&
    text.length <= 300 &&
    CREDIT_SIGN.test(text) &&
    !EARLY_YEAR.test(text.slice(0, 30)) &&
    !FOOTER_WORDS.test(text) &&
    text.split(' ').length >= 8
  );
}

/** A photo credit or a labelled caption line (remembered for short lines: agency credits recur). */
export const isImageCredit: (text: string) => boolean = memoizeLine(imageCreditTest, 100);

function opensCaption(text: string): boolean {
  const first = text.charCodeAt(0);
  // An upper-case letter or "(": the openings above start with one.
  return ((first >= 65 && first <= 90) || first === 40 || first > 127) && CAPTION_OPENING.test(text);
}

const PICTURE_TAIL = /(?:photo|image|picture)s?\.?$/i;

/** Ends in "photo", "images", "picture." …: a cheap look at the last letter first (most lines end otherwise). */
function namesPictureLast(text: string): boolean {
  const last = text.charCodeAt(text.length - 1) | 0x20;
  if (last !== 0x6f && last !== 0x65 && last !== 0x73 && last !== 0x2e) return false;
  return PICTURE_TAIL.test(text.slice(-10));
}

function imageCreditTest(text: string): boolean {
  // Wire captions run long ("In this photo provided by …", 380 characters; Getty's "CITY - MONTH 19: …",
  // 800); other cues stop at 300.
  if (text.length > 300) {
    return text.length <= 1000 && (opensCaption(text) || (text.length <= 600 && text.endsWith(')') && BRACKETED_CREDIT.test(text)));
  }
  // The unanchored regexes need a character the line must hold ("/" or "Credit", a closing bracket at
  // the end, a colon): a paragraph without it is not scanned. ("Credit" is looked for once.)
  const credit = text.includes('Credit');
  return (
    LABELLED.test(text) ||
    ILLUSTRATION.test(text) ||
    ((credit || text.includes('/')) && GLUED_CREDIT.test(text)) ||
    (text.endsWith(')') && BRACKETED_CREDIT.test(text)) ||
    ((credit || text.includes(' by ') || text.includes(' courtesy')) && CREDIT_AFTER.test(text)) ||
    (namesPictureLast(text) && (SOURCED_PHOTO.test(text) || TITLED_PICTURE.test(text))) ||
    opensCaption(text) ||
    (text.startsWith('a') && text.includes(': ') && DESCRIBED_PICTURE.test(text)) ||
    isSignedCaption(text) ||
    CREDIT_ONLY.test(text) ||
    (text.length <= 200 && text.includes(':') && ENDS_WITH_CREDIT.test(text) && /^\S/.test(text))
  );
}
