/**
 * Month names and clock words of quoted header dates, per language (STYLE.md practice 19).
 * Keys are lower-case words as clients write them, full or abbreviated; the value is the month number.
 */

/** Month names, full and abbreviated, lower-case, with the month (1-12) each stands for. */
export const MONTHS: ReadonlyMap<string, number> = new Map<string, number>([
  // en: Tuesday, November 10, 2026 3:04 PM / Tue, Nov 10, 2026 at 3:04 PM
  ...pairs('january february march april may june july august september october november december'),
  ...pairs('jan feb mar apr may jun jul aug sep oct nov dec'),
  ['sept', 9],
  // de: Dienstag, 10. November 2026 15:04 / 10. Dez. 2026
  ...pairs('januar februar märz april mai juni juli august september oktober november dezember'),
  ...pairs('jan feb mär apr mai jun jul aug sep okt nov dez'),
  ['jänner', 1],
  // fr: mardi 10 novembre 2026 15:04 / 23 janv. 2015
  ...pairs('janvier février mars avril mai juin juillet août septembre octobre novembre décembre'),
  ...pairs('janv févr mars avr mai juin juil août sept oct nov déc'),
  ['fevrier', 2],
  ['aout', 8],
  ['decembre', 12],
  // es: martes, 10 de noviembre de 2026 15:04
  ...pairs('enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'),
  ...pairs('ene feb mar abr may jun jul ago sep oct nov dic'),
  ['setiembre', 9],
  // pt: terça-feira, 10 de novembro de 2026 15:04
  ...pairs('janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'),
  ...pairs('jan fev mar abr mai jun jul ago set out nov dez'),
  // it: martedì 10 novembre 2026 15:04
  ...pairs('gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'),
  ...pairs('gen feb mar apr mag giu lug ago set ott nov dic'),
  // nl: dinsdag 10 november 2026 15:04 / 17-feb.-2015
  ...pairs('januari februari maart april mei juni juli augustus september oktober november december'),
  ...pairs('jan feb mrt apr mei jun jul aug sep okt nov dec'),
  // da / no / sv: tirsdag 10. november 2026 15:04 / den 26 augusti 2015 14:45
  ...pairs('januar februar marts april maj juni juli august september oktober november december'),
  ...pairs('januari februari mars april maj juni juli augusti september oktober november december'),
  ['mars', 3],
  ['desember', 12],
  ['des', 12],
  ['okt', 10],
  ['mai', 5],
  // pl: wtorek, 10 listopada 2026 15:04 (genitive) / listopad (nominative)
  ...pairs(
    'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
  ),
  ...pairs(
    'styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień',
  ),
  ...pairs('sty lut mar kwi maj cze lip sie wrz paź lis gru'),
  // ru: 10 ноября 2026 г. 15:04 (genitive) / 10 нояб. 2026
  ...pairs('января февраля марта апреля мая июня июля августа сентября октября ноября декабря'),
  ...pairs('январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь'),
  ...pairs('янв февр мар апр мая июн июл авг сент окт нояб дек'),
  ['фев', 2],
  ['сен', 9],
  ['ноя', 11],
  // uk: 29 грудня 2017 р. о 19:09
  ...pairs('січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'),
  // fi: tiistai 10. marraskuuta 2026 15.04 (partitive, as dates write it)
  ...pairs(
    'tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta',
  ),
  // cs: úterý 10. listopadu 2026 15:04 (genitive)
  ...pairs('ledna února března dubna května června července srpna září října listopadu prosince'),
  // tr: 10 Kasım 2026 Salı 15:04
  ...pairs('ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık'),
]);

/** The twelve month names of one list, January first, separated by spaces. */
function pairs(names: string): [string, number][] {
  return names.split(' ').map((n, i) => [n, i + 1]);
}

/** Words after a clock time that mean the afternoon: 3:04 PM, 3:04 p.m., 下午2:23, 오후 12:39. */
export const PM_WORDS: readonly string[] = ['pm', 'p.m.', 'p. m.', '下午', '오후', '午後'];
/** Words that mean the morning: 9:30 AM, 上午9:30, 오전 9:30. */
export const AM_WORDS: readonly string[] = ['am', 'a.m.', 'a. m.', '上午', '오전', '午前'];
