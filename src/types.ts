// Plain data that flows between the pipeline stages. No classes, no behaviour.

/** One input line: its 1-based number in its source and its text without the line ending or outer whitespace. */
export interface Line {
  readonly n: number;
  readonly text: string;
}

/** The lines of one article as the splitter cut them (blank lines included, trailing ones removed). */
export interface ArticleLines {
  readonly index: number;
  readonly lines: readonly Line[];
}

/** What a line is. Kept roles reach the output; the others are dropped and explained. */
export enum LineRole {
  Headline = 'headline',
  Caption = 'caption',
  Byline = 'byline',
  Date = 'date',
  Body = 'body',
  Widget = 'widget',
  Boilerplate = 'boilerplate',
  Duplicate = 'duplicate',
  Blank = 'blank',
}

/** The decision for one line: its role and the name of the rule that chose it. */
export interface Decision {
  readonly line: Line;
  readonly role: LineRole;
  readonly rule: string;
  /** The text this line contributes when a rule repaired it (markers stripped); else `line.text`. */
  readonly text?: string;
  /** A body line that continues the previous body line's paragraph (hard-wrapped text). */
  readonly continues?: boolean;
}

/** Roles whose text reaches the output. */
export const KEPT_ROLES: ReadonlySet<LineRole> = new Set([
  LineRole.Headline,
  LineRole.Caption,
  LineRole.Byline,
  LineRole.Date,
  LineRole.Body,
]);

/** A clean article, the unit of output. */
export interface Article {
  index: number;
  source: string;
  headline: string;
  byline?: string;
  date?: string;
  captions: string[];
  body: string;
}

/** An article together with the decisions that built it: what --explain and --annotate show. */
export interface CleanedArticle {
  readonly article: Article;
  readonly decisions: readonly Decision[];
  /** The stream already had this article: it is not written (its lines are explained). */
  readonly duplicate?: boolean;
}

export type OutputFormat = 'jsonl' | 'json' | 'md' | 'text';

export interface CleanOptions {
  /** Name written to each article's `source` field. Default "-". */
  source?: string;
  /** Only headline, caption and widget cleanup: keep everything else (a recall mode). */
  keepBoilerplate?: boolean;
  /** Emit articles the stream already had (exact or near copies) instead of dropping them. */
  keepDuplicates?: boolean;
}
