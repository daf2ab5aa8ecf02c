// Full dates as Portuguese, Spanish, French, Italian and German templates print them above the body:
// "sexta-feira, 22 de outubro de 2010 às 20:13", "martes, 3 de mayo de 2022", "12 juillet 2019 à 08h15",
// "3. März 2021, 14:05"; and as Japanese, Chinese and Korean pages do: "2026年11月10日 10:30",
// "2026年11月10日（火）", "2026년 11월 10일". The English forms are byline.ts's isDateLine.

const MONTHS = [
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro',
  'enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre',
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre',
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre',
  'januar|februar|märz|juni|juli|oktober|dezember',
].join('|');
const WEEKDAYS = [
  '(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|sábado|domingo',
  'lunes|martes|miércoles|jueves|viernes',
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche',
  'lunedì|martedì|mercoledì|giovedì|venerdì|sabato',
  'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag',
].join('|');

/** [weekday,] day [de] month [de] year [às|à|a las|um|alle] [time]. */
const WRITTEN_DATE = new RegExp(
  `^(?:(?:${WEEKDAYS}),?\\s+)?\\d{1,2}(?:º|er)?\\.?\\s+(?:de\\s+)?(?:${MONTHS})\\.?,?\\s+(?:de\\s+)?(?:19|20)\\d\\d` +
    `(?:,?\\s*(?:às|à|a las|um|alle|[-–,])?\\s*\\d{1,2}[:h]\\d{2}(?:\\s*h)?)?$`,
  'iu',
);

/** Year, month, day in CJK characters, then perhaps the weekday and a time. */
const CJK_DATE =
  /^(?:19|20)\d\d\s?[年년]\s?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:\s*[（(]?[日月火水木金土一二三四五六天][曜]?[日]?[)）]?|\s*[월화수목금토일]요일)?(?:\s*\d{1,2}\s?[:時时시]\s?\d{2}\s?[分분]?)?$/u;

/** A line that is only a full date (and perhaps a time) in one of these languages. */
export function isWrittenDate(text: string): boolean {
  return text.length <= 60 && (WRITTEN_DATE.test(text) || CJK_DATE.test(text));
}
