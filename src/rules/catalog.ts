// Every rule that can move or drop a line, for --explain, --annotate and the README.
import type { Rule } from './rule.js';
import { fontSizeWidget } from './widget.js';
import { captionPair, captionRepeat, headerCaption, headlineRepeat, headlineRule } from './header.js';
import { bylineLine, dateLine, sectionLabel } from './byline.js';
import { beforeHeadline, blankLine, bodyText, repeatedLine } from './basic.js';
import { imageCredit, pictureLabel } from './caption.js';
import { headingUnderline, linkMarker, splitLine, wrappedLine } from './wrap.js';
import { playerDialog } from './player.js';
import { gallerySlide } from './gallery.js';
import { frontMatter } from './front-matter.js';
import { pageTitle } from './page-title.js';
import { duplicateArticle } from '../pipeline/dedupe.js';
import { dataRow, tableCell } from '../pipeline/table.js';
import { teaserCard } from '../pipeline/cards.js';
import { codeLine, pageScript } from './code.js';
import { articleMeta, LINE_PATTERNS, outsideArticle, siteChrome } from './boilerplate.js';

const ALL: readonly Rule[] = [
  headlineRule,
  headlineRepeat,
  headerCaption,
  captionPair,
  captionRepeat,
  imageCredit,
  pictureLabel,
  fontSizeWidget,
  bylineLine,
  dateLine,
  sectionLabel,
  beforeHeadline,
  articleMeta,
  outsideArticle,
  siteChrome,
  ...LINE_PATTERNS.map((p) => p.rule),
  playerDialog,
  gallerySlide,
  teaserCard,
  pageScript,
  frontMatter,
  pageTitle,
  repeatedLine,
  duplicateArticle,
  linkMarker,
  headingUnderline,
  wrappedLine,
  splitLine,
  tableCell,
  dataRow,
  codeLine,
  bodyText,
  blankLine,
];

/** Each rule once (several patterns may share a name: share buttons come in many forms). */
export const RULES: readonly Rule[] = [...new Map(ALL.map((r) => [r.name, r])).values()];
