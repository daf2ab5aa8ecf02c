// Photo credits and caption lines that name their picture: "Photograph: X for Y", "(AP)", "Image: …".
import { rule } from './rule.js';
import { memoizeLine } from './memo.js';

export const imageCredit = rule('image-credit', 'A photo credit or a line labelled as an image caption goes to captions.');

const LABELLED = /^(?:file photo|photo(?:graph)?s?|image|picture|pic|foto|fotografia|credit|source|illustration|bild|immagine|imagem|фото)(?: credit)?\s*[:|]\s*\S/iu;
const CREDIT_ONLY = /^[(\[]?(?:(?:ap|afp|reuters|getty images|epa|dpa|ansa|anadolu|xinhua|pa|bloomberg|shutterstock|istock|alamy)(?:\s*(?:photo|images?))?(?:\s*[/|,]\s*[\p{L} .'-]{1,40})?)[)\]]?$/iu;
const ENDS_WITH_CREDIT = /\s(?:photograph|photo|image|illustration)s?:\s[\p{L} .,'&/-]{2,80}$/iu;

// A caption with its credit glued on: "… in Austria.Leonhard Foeger / Reuters file",
// "… last week.Credit...Anna Moneymaker/The New York Times", "… (AP Photo/John Locher)".
const GLUED_CREDIT =
  /[.!?”"]\s?(?:Credit(?:\.\.\.|…|:)\s?)?\p{Lu}[\p{L} .'-]{1,40}\s?\/\s?(?:AP|AFP|Reuters|Getty Images|EPA|The New York Times|Bloomberg|Shutterstock|dpa|ANSA|Xinhua|Anadolu|AFP via Getty Images|Associated Press)(?: file)?$|\((?:AP|AFP|Reuters) Photo\/[^()]{2,60}\)$|Credit(?:\.\.\.|…)\s?\S.{1,60}$/u;

// "A 14th century plague doctor (Image: GETTY)", "(Credit: iStock)". A "(Source: …)" may credit a quote or a table.
const BRACKETED_CREDIT = /\((?:credits?|photos?|images?|fotos?|pictures?)\s*:[^()]*\)$/iu;

const ILLUSTRATION = /^(?:illustration|image|photo) (?:for|of|from) (?:the )?(?:article|story|post)\b/iu;

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

function imageCreditTest(text: string): boolean {
  if (text.length > 300) return false;
  // The unanchored regexes need a character the line must hold ("/" or "Credit", a closing bracket at
  // the end, a colon): a paragraph without it is not scanned.
  return (
    LABELLED.test(text) ||
    ILLUSTRATION.test(text) ||
    ((text.includes('/') || text.includes('Credit')) && GLUED_CREDIT.test(text)) ||
    (text.endsWith(')') && BRACKETED_CREDIT.test(text)) ||
    isSignedCaption(text) ||
    CREDIT_ONLY.test(text) ||
    (text.length <= 200 && text.includes(':') && ENDS_WITH_CREDIT.test(text) && /^\S/.test(text))
  );
}
