// Package kompas judges each gemeente's set of agreements as a whole, the
// way the guide (Prestatieafspraken met betekenis, ../shared/seeds) asks:
// a consultant's page of indicators per gemeente, side by side, each green,
// amber or red against thresholds the adviser can change (pakompas.toml,
// [kompas]; compare.Thresholds has the defaults).
//
// The indicators, in six groups:
//
//   - Focus ("liever drie goede afspraken", "anders is alles belangrijk"):
//     the number of agreements, the largest theme, and the count against
//     the median of the loaded gemeenten;
//   - Concreetheid: the share vague (the adviser's verdict wins) and the
//     share with all four SMART parts;
//   - Resultaat: the share resultaat, and the themes where inspanning and
//     resultaat are mixed ("rijp en groen");
//   - Wederkerigheid ("de gemeente vraagt, de corporatie draait en de
//     huurder schikt"): the largest share carried by one party, with the
//     share of every role, and the agreements where the tenants are
//     trekker or party;
//   - Regulier werk: the share of going-concern agreements, which belong on
//     a dashboard (compare/regular);
//   - Monitoring: the shares with a due date and with a status, and the
//     share gereed, judged by the share behind schedule.
//
// Every judgement carries its figure, a short Dutch reason with the
// thresholds, and the agreements behind it (indexes into the analysis),
// so a screen or a sheet can list them. Themes get the indicators where a
// theme is a meaningful unit (focus, vague, resultaat, mixed, regular).
// Scan is one pass over the agreements: the national corpus (51,300
// agreements) in a few milliseconds (BenchmarkScanNational).
package kompas
