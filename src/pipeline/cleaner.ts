// The whole pipeline for one source, as a push-driven state machine:
//   bytes ─decode→ text ─lines→ Line ─split→ ArticleLines ─roles→ Decision[] ─assemble→ Article
// Each push returns the articles it completed, so callers stream them out at once.
import type { ArticleLines, CleanOptions, CleanedArticle, Decision, Line } from '../types.js';
import { Decoder, stripBom } from './decode.js';
import { LineSplitter } from './lines.js';
import { ArticleSplitter, MAX_ARTICLE_CHARS } from './split.js';
import { classifyArticle } from './roles.js';
import { RunMemory } from './memory.js';
import { DuplicateFilter, duplicateArticle } from './dedupe.js';
import { KEPT_ROLES, LineRole } from '../types.js';
import { assembleArticle } from './assemble.js';

export class Cleaner {
  private readonly decoder: Decoder;
  private readonly lineSplitter: LineSplitter;
  private readonly articleSplitter: ArticleSplitter;
  private readonly source: string;
  private readonly keepBoilerplate: boolean;
  private readonly memory = new RunMemory();
  private readonly duplicates: DuplicateFilter | undefined;
  private started = false;

  constructor(options: CleanOptions = {}) {
    const source = (this.source = options.source ?? '-');
    const cap = options.maxArticleChars ?? MAX_ARTICLE_CHARS;
    const warn = options.onWarning ?? ((): void => undefined);
    // The memory cap: no line and no article is held beyond `cap` characters.
    this.lineSplitter = new LineSplitter({
      maxLineChars: cap,
      onCap: (n) => warn(`${source}, line ${n}: line longer than ${cap} characters, broken there`),
    });
    this.articleSplitter = new ArticleSplitter({
      maxArticleChars: cap,
      onCap: (line) => warn(`${source}, line ${line.n}: article longer than ${cap} characters, split before this line`),
    });
    this.keepBoilerplate = options.keepBoilerplate ?? false;
    this.duplicates = options.keepDuplicates ? undefined : new DuplicateFilter();
    this.decoder = new Decoder(options);
  }

  /** Bytes: decoded here (the decoder removes a BOM; it throws a NewscleanError for binary input). */
  pushBytes(bytes: Uint8Array): CleanedArticle[] {
    return this.pushLines(this.lineSplitter.push(this.decoder.push(bytes)));
  }

  /** Text that is already decoded; a BOM at its very start is dropped. */
  pushText(text: string): CleanedArticle[] {
    if (!this.started && text.length > 0) {
      this.started = true;
      text = stripBom(text);
    }
    return this.pushLines(this.lineSplitter.push(text));
  }

  /** The encoding the bytes were decoded with, once known. */
  get encoding(): string | undefined {
    return this.decoder.encoding;
  }

  end(): CleanedArticle[] {
    const lines = this.lineSplitter.push(this.decoder.end());
    this.lineSplitter.end(lines);
    const articles: ArticleLines[] = [];
    for (const line of lines) this.articleSplitter.push(line, articles);
    this.articleSplitter.end(articles);
    return this.cleanAll(articles);
  }

  /** Input lines read so far; after `end()`, all of them (the --annotate view shows every one). */
  get lineCount(): number {
    return this.lineSplitter.lineCount;
  }

  private pushLines(lines: readonly Line[]): CleanedArticle[] {
    const articles: ArticleLines[] = [];
    for (const line of lines) this.articleSplitter.push(line, articles);
    return this.cleanAll(articles);
  }

  private cleanAll(articles: readonly ArticleLines[]): CleanedArticle[] {
    return articles.map((a) => this.cleanArticle(a));
  }

  private cleanArticle(lines: ArticleLines): CleanedArticle {
    const { decisions, template } = classifyArticle(lines.lines, { keepBoilerplate: this.keepBoilerplate, memory: this.memory });
    const article = assembleArticle(lines.index, this.source, decisions);
    // A template export is passed through as it is (the seed layout stays unchanged); copies come
    // from re-scraped web pages.
    if (template || !this.duplicates?.seen(article.body)) return { article, decisions };
    // Emitted once: the copy's lines are all explained as the duplicate they are.
    const dropped = decisions.map((d) => (KEPT_ROLES.has(d.role) ? asDuplicate(d) : d));
    return { article, decisions: dropped, duplicate: true };
  }
}

/**
 * A kept line of a copy, dropped as the duplicate it is: `{ ...d, role, rule, continues: false }`
 * written out (its keys in the same order), which V8 builds much faster than a spread.
 */
function asDuplicate(d: Decision): Decision {
  const rule = duplicateArticle.name;
  return 'text' in d
    ? { line: d.line, role: LineRole.Duplicate, rule, text: d.text, continues: false }
    : { line: d.line, role: LineRole.Duplicate, rule, continues: false };
}
