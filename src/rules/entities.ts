// Character references a scraper left undecoded ("It&#8217;s", "R&amp;D", "&nbsp;"): a tag-stripping
// converter that never parsed the HTML. Decoded only where a dump shows many of them (see detectWrap):
// an article that writes "&amp;" once, about HTML, keeps it.

/** The references pages use most; others stay as they are. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’',
  sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', laquo: '«', raquo: '»', hellip: '…', middot: '·', bull: '•',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾', iexcl: '¡', iquest: '¿',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í',
  Oacute: 'Ó', Uacute: 'Ú', agrave: 'à', egrave: 'è', ograve: 'ò', acirc: 'â', ecirc: 'ê', ocirc: 'ô',
  atilde: 'ã', otilde: 'õ', ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç', auml: 'ä', euml: 'ë',
  iuml: 'ï', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', aring: 'å', oslash: 'ø',
  aelig: 'æ', zwj: '\u200d', zwnj: '\u200c', shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/gu;
/** The same, to test a line with (no global state between calls). */
const ANY_REFERENCE = new RegExp(REFERENCE.source, 'u');

/** The line holds a character reference (one a page would have decoded). */
export function hasEntity(text: string): boolean {
  return text.includes('&') && ANY_REFERENCE.test(text);
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (all, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? all;
    const code = decimal !== undefined ? Number(decimal) : parseInt(hex!, 16);
    // Nothing that is no character: a NUL, a surrogate, past the last plane.
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return all;
    return code === 0xa0 ? ' ' : String.fromCodePoint(code);
  });
}
