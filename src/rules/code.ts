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
