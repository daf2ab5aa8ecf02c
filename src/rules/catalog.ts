// Every rule that can move or drop a line, for --explain, --annotate and the README.
import type { Rule } from './rule.js';
import { fontSizeWidget } from './widget.js';
import { captionPair, captionRepeat, headerCaption, headlineRepeat, headlineRule } from './header.js';
import { bylineLine, dateLine, sectionLabel } from './byline.js';
import { beforeHeadline, blankLine, bodyText, repeatedLine } from '../pipeline/roles.js';

export const RULES: readonly Rule[] = [
  headlineRule,
  headlineRepeat,
  headerCaption,
  captionPair,
  captionRepeat,
  fontSizeWidget,
  bylineLine,
  dateLine,
  sectionLabel,
  beforeHeadline,
  repeatedLine,
  bodyText,
  blankLine,
];
