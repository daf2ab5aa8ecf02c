// Lines of code printed in an article (a console command, a shell session, a snippet): short and
// without stopwords, they look like menu items to the prose rules. Only forms that prose and site
// chrome do not take: a shell prompt with a command, an #include, a method call, a dotted identifier
// opening the line, a statement ending in ; { or }.
import { rule } from './rule.js';

export const codeLine = rule('code-line', 'A line of code in the article (a command, a call, a statement): kept verbatim.');

/** Longer lines are prose that happens to quote code. */
const MAX_CODE_CHARS = 160;
/** "$ hg push", "# apt install x", ">>> print(x)". */
const PROMPT = /^(?:\$|#|>>>|%)\s+[a-z./_-]+(?:\s|$)/u;
const INCLUDE = /^#include\s*[<"]/u;
/** "console.log(x)", "WebAssembly.instantiate(binary)": a method called with no space before "(". */
const CALL = /\b[A-Za-z_$][\w$]*\.([a-z_$][\w$]*)\(/u;
/** "player.setav health 100": a lower-case dotted identifier opens the line. */
const MEMBER = /^[a-z_][a-z0-9_]*\.([a-z_][a-z0-9_]*)(?=\s|$)/u;
/** "int main() {", "x = f(y);": a call or assignment that ends like a statement. */
const STATEMENT = /(?:\w\(|\s=\s)[^]*[;{}]$/u;
const STATEMENT_WORDS = 10;
/** Domains and file names look dotted too ("example.com", "photo.jpg"). */
const NOT_CODE_SUFFIX = /^(?:com|org|net|edu|gov|info|biz|io|co|uk|us|de|fr|ru|br|jp|cn|it|es|nl|au|ca|in|pl|html?|php|aspx?|jpe?g|png|gif|svg|webp|pdf|mp[34]|docx?|xlsx?|txt|zip|js|css)$/iu;

export function isCodeLine(text: string): boolean {
  if (text.length > MAX_CODE_CHARS) return false;
  const first = text.charCodeAt(0);
  if ((first === 36 || first === 35 || first === 62 || first === 37) && (PROMPT.test(text) || INCLUDE.test(text))) return true;
  if (text.includes('.')) {
    // A call needs its "(": prose without one is not scanned for it.
    const call = (text.includes('(') ? CALL.exec(text) : null) ?? MEMBER.exec(text);
    if (call && !NOT_CODE_SUFFIX.test(call[1]!)) return true;
  }
  const last = text.charCodeAt(text.length - 1);
  return (last === 59 || last === 123 || last === 125) && STATEMENT.test(text) && text.split(/\s+/u).length <= STATEMENT_WORDS;
}

export const pageScript = rule(
  'page-script',
  "The page's own style sheet, scripts or data (CSS rules, a tag manager, JSON-LD) printed as text above or below it.",
);

/** ".nav a:hover{color:#c00}", "@media (max-width: 600px){…}": a style sheet's rule. */
const STYLE_RULE = /^(?:@(?:media|font-face|import|keyframes|charset|supports)\b|[.#:*\[\]\w-][^{}]{0,200}\{[^{}]*:[^{}]*\}+$)/u;
/** '{"@context":"https://schema.org", …}': a data block (JSON-LD, a page's state). */
const DATA_BLOCK = /^\[?\{\s*"[^"]{1,80}"\s*:[^]*[}\]]$/u;
/** Statements that only a script writes, chained with ";": "(function(d,s,id){var js,…}(document,'script'));". */
const SCRIPT_STATEMENTS = 3;

export const enum ScriptLine {
  None,
  /** A statement or a call: page script, or a snippet of the article's own code. */
  Code,
  /** A style rule, a data block or a minified script: no article prints one as text. */
  Page,
}

/** A line of a page's style or script element, as a naive HTML-to-text converter prints it. */
export function scriptLine(text: string): ScriptLine {
  // Every form below ends in ; { } or ]: the rest of the lines (prose ends otherwise) are answered here.
  const last = text.charCodeAt(text.length - 1);
  if (last !== 59 && last !== 123 && last !== 125 && last !== 93) return ScriptLine.None;
  const brace = text.includes('{') || text.includes('}');
  const first = text.charCodeAt(0);
  if ((first === 123 || first === 91) && DATA_BLOCK.test(text)) return ScriptLine.Page;
  if (brace && STYLE_RULE.test(text)) return ScriptLine.Page;
  if (isCodeLine(text)) return ScriptLine.Code;
  // A long minified line: statements in a row, and no sentence (". " and a capital) among them.
  const minified = text.length > 160 && countOf(text, ';') >= SCRIPT_STATEMENTS && countOf(text, '(') >= SCRIPT_STATEMENTS && !/[.!?] \p{Lu}/u.test(text);
  return minified ? ScriptLine.Page : ScriptLine.None;
}

export function isPageScript(text: string): boolean {
  return scriptLine(text) !== ScriptLine.None;
}

function countOf(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) n++;
  return n;
}
