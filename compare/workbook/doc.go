// Package workbook writes the evaluation workbook an adviser sends to the
// gemeente, the corporation and the tenants, and reads the adviser's
// verdicts and notes back from it.
//
// The workbook has these sheets, in this order (Dutch names):
//
//	Samenvatting     counts per gemeente and per gemeente × theme (afspraken,
//	                 vaag, share vague, share resultaat, role mix, status mix),
//	                 two charts (share vague per gemeente, roles per gemeente),
//	                 the date, the files read and those that were not
//	Kompasscan       the indicators per gemeente (package kompas) side by side,
//	                 figure and level in words, green/amber/red fills, the
//	                 thresholds, one sentence per gemeente naming its two
//	                 weakest indicators, a bar chart of the shares vague,
//	                 resultaat and regular work (left out without Input.Kompas)
//	Verloop          only with more than one year of a gemeente loaded: a
//	                 row per agreement followed over the years (text and
//	                 status per year, state, years doorgeschoven, edits),
//	                 filled by state, under a legend (verloop_sheet.go)
//	<thema>          one sheet per national theme: gemeenten side by side,
//	                 the same agreement on the same row, gaps as "ontbreekt"
//	Alle afspraken   one row per agreement, an Excel table with filters, a
//	                 drop-down for the adviser's verdict, why it is regular
//	                 work (column Regulier werk), the agreement id last
//	Ontbrekend       agreements some gemeenten have and others lack
//	Importverslag    what was read from which file, what was skipped and why
//	Toelichting      how themes and flags were decided; rules and taxonomy
//
// The parent package compare builds the Input; this package only lays it
// out, so it must not import compare.
//
// # Safety
//
// Write builds the whole workbook in memory, writes it to a temporary file
// in the target folder and renames it into place: a failed export leaves no
// half file, and an existing file is never replaced unless Options.Force is
// set. Every cell is a value, never a formula: a text starting with "=",
// "+", "-" or "@" stays text.
//
// # Two audiences
//
// Options.Audience picks whom the workbook is for. Intern (the default)
// is the adviser's full workbook. Extern is the one to send to a
// gemeente: the verdicts stay, but the notes and orphaned verdicts, the
// folders of the input files (file names only, also inside messages), a
// development version and the rules' ids and word patterns are left out;
// Alle afspraken shows the flags' reasons in words (Reden) instead of the
// rule ids. The input is cleaned before it is laid out (forAudience), so
// no sheet can show what was left out. ReadBack refuses an external
// workbook: it has no notes, and reading it back would clear them.
//
// # Layout choices
//
// Rows with wrapped text get an explicit height estimated from the text
// and the column width (layout.go): neither Excel nor LibreOffice grows
// them reliably on opening. Every sheet prints A4 landscape, fitted to
// the page width (as many pages down as it takes), with its header rows
// repeated on every page. A theme sheet of up to 12 gemeenten prints one
// page wide (narrower columns that wrap, title and legend merged over the
// width; beyond eight at a smaller scale); with more gemeenten it prints
// eight to a page.
// Alle afspraken has 23 or 24 columns: it is kept narrow, but printed one
// page wide its letters are small; the theme sheets are the view to read
// on paper. Shares are numbers formatted as percentages, so they sort and
// chart.
//
// On a theme sheet with more than 12 gemeenten (the national overview) a
// gap is marked "ontbreekt" only where at least half of the gemeenten
// have the agreement; otherwise a group shared by 2 of 342 gemeenten
// would fill its row with 340 gap cells. Column Aanwezig ("2 van 342")
// and the sheet Ontbrekend still show every gap.
//
// # Speed
//
// The big sheets (Alle afspraken, the theme sheets, Ontbrekend, Verloop,
// Kompas per thema) are written with excelize's StreamWriter, their rows
// not through it: a placeholder row stands for them, and they are made as
// XML on all cores and spliced in as the package is written (rows.go,
// splice.go, rowxml.go), byte for byte what SetRow writes
// (TestSplicedSameAsSetRow). The StreamWriter's pitfall: data validations
// and conditional formats added in normal mode after Flush are silently
// dropped. They are added after the rows and before Flush, when they still
// land in the stream's worksheet; the tests reopen the file to prove it.
// The charts are on Samenvatting and Kompasscan, which are written in
// normal mode.
// The zip package goes straight to the temporary file (writePackage)
// instead of through excelize's in-memory buffer. The national export
// (51,300 agreements, 342 gemeenten) writes an 11.6 MB file; its time and
// memory are in the README, Performance (BenchmarkWriteNational).
//
// # Reading back
//
// ReadBack finds the sheet Alle afspraken and its header row by the header
// names, so added columns and sorted or filtered rows do no harm, and
// returns the verdict and note per agreement id.
package workbook
