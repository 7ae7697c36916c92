// Package importer reads the agreement spreadsheets of many gemeenten into
// one list of agreements and an import report that accounts for every file,
// sheet and row.
//
// It finds the table in whatever layout (title rows above a header row
// anywhere in the first 30 rows; theme as a column, as section rows or as
// sheet names; a two-row header with a planning block of year columns; one
// or several gemeenten per file), reads xlsx (cached formula values, Excel
// dates), OpenDocument spreadsheets (.ods), CSV as Dutch Excel writes it,
// and Word documents and OpenDocument texts (.docx, .odt: tables, or
// numbered paragraphs under headings), and
// refuses bad input (old .xls and .doc, password-protected, not a
// spreadsheet, damaged, zip bombs) with a Dutch message per file while the
// other files import. Input files are only ever read.
//
// # Reading xlsx
//
// Workbooks are read by a reader of our own (fastread.go, fastsheet.go,
// fastsst.go, fastxml.go): archive/zip, and a byte scanner over each part
// held in memory that hands out tags and text as slices of it. It reads
// what the import needs and nothing else: the package and workbook
// relationships, the workbook (sheet list, hidden and veryHidden sheets,
// the 1904 date system), [Content_Types].xml (checked only), the shared
// strings (rich text runs joined, phonetic runs left out, _xHHHH_
// escapes decoded) and the visible sheets (shared and inline strings,
// numbers, booleans, errors, ISO dates, formulas' cached values, row and
// column positions). Merges and the checks against damage (rows that
// break off, broken shared-string indexes) come from the merge reader's
// scan of the same bytes (merges.go, sheetscan.go), as on the excelize
// path.
//
// Its values are excelize's raw cell values (RawCellValue), as the import
// read them before: a date is its serial number, turned into a date where
// the column means one (table.go, due.FromSerial), so number formats are
// not read at all; excelize's formatted values would be other strings.
//
// It is held to excelize: for every workbook it reads, excelize yields the
// same sheets, cells, merges, warnings and errors (FuzzXLSXPaths, with the
// repository's workbooks and real-world ones from Excel, Numbers, Google
// Sheets, WPS and Tencent Office in testdata/xlsx as seeds), and its
// scanner is at least as strict as encoding/xml's Token, which excelize
// reads with (FuzzXMLScan): excelize stops reading a sheet at the first
// error without a word, so a reader that read on would yield other cells.
// What it does not read it leaves to excelize (readXLSX), and the report
// says so in its format_note ("gelezen met excelize (terugval: …)"):
// strict OOXML (purl.oclc.org), another character set than UTF-8, names
// outside ASCII, <!DOCTYPE>, a missing part, broken XML (a sheet that
// breaks off: excelize's path refuses it), and constructs excelize gives
// meanings of its own (a row outside <sheetData>, a row number that goes
// back, a cell reference it refuses, an element in a row that is no
// cell, a value of a typed attribute encoding/xml cannot decode). Excelize
// also decrypts password-protected workbooks (the decrypted package is then
// read like any other) and writes the evaluation workbook. The fast reader
// does not read styles, theme, calcChain or pictures, so a workbook whose
// styles excelize cannot decode is read; excelize refused it whole.
//
// Measured on the national corpus (342 workbooks, 51,300 agreements) on
// two cores shared with other work, medians of interleaved rounds in one
// run (BenchmarkNationalRounds; README, Performance):
//
//	fast reader alone (cells, merges, checks)    0.82 s    56 MB allocated
//	excelize Rows, raw values (the floor)        3.5 s    526 MB
//	encoding/xml RawToken pass (the ceiling)     1.5 s    163 MB
//	the whole import                             1.7 s    216 MB
//
// The import takes 0.48 times the floor and 1.13 times the ceiling.
//
// github.com/thedatashed/xlsxreader v1.2.8, a streaming reader made for
// this, was measured the same way (three rounds, rows only, no merges):
// 6.1 s and 378 MB, where the fast reader took 2.4 s, the floor 6.9 s and
// the ceiling 3.1 s in the same run. It was not taken: it reads with
// encoding/xml's Token, so it cannot get far below the floor; it reads no
// merges and no sheet state; it formats dates by their number format (the
// import needs the serial numbers) and takes formats 45–47 for no date;
// it decodes no _xHHHH_ escapes, keeps only the first run of a rich inline
// string, takes every <row> element wherever it stands, and fails a whole
// row on one bad value. Matching excelize on those points would have meant
// a fork to maintain; the reader here is about 1,600 lines whose every
// behaviour is pinned to excelize's by the differential fuzz test.
//
// # Reading .ods
//
// OpenDocument spreadsheets are read by package ods (a reader of our own
// on archive/zip and encoding/xml's RawToken, about 900 lines with
// comments) into the same grids as xlsx (odsread.go), each value as the
// raw value of an xlsx cell, so the same workbook as .xlsx and as .ods
// gives the same agreements, ids and report
// (TestODSFromLibreOfficeSameAsXLSX). The reader's own limits (nesting,
// columns, rows, cell text) and the file's (rows, cells, text, merges)
// hold a hostile file; FuzzODS fuzzes it.
//
// An .ods the size of a 60-page document (150 agreements, about 190,000
// characters of text, content.xml 374 KB; BenchmarkODS60Pages) imports in
// 11–33 ms with 2.0 MB and 22,700 allocations per import (issue 16 asks
// < 200 ms), on two cores shared with other work (load average 16; three
// runs of 40 imports; up to 55 ms in an earlier run under more load). Of
// that, ods.Read takes 9–29 ms and 1.2 MB. The
// tokenizer was measured on the same content.xml (BenchmarkODSScan, the
// same three runs): a RawToken pass takes 5.8–8.6 ms and 620 KB (19,125
// allocations), a pass of the xlsx reader's byte scanner (fastxml.go)
// 0.49–0.59 ms and 1 KB. The scanner is 12–15 times faster, but it is
// unexported in this package and package ods cannot import it (this
// package imports ods): sharing it means moving it and its users
// (fastsheet.go, fastsst.go) into a package of their own. RawToken keeps
// the ods reader self-contained at six times under its budget; the move
// is worth making once, for both readers, when the docx reader wants the
// scanner too.
//
// # Reading .odt
//
// An OpenDocument text is read twice at most. ods.ReadText reads its
// tables as sheets "tabel N", as a Word document's (odsread.go); only
// when none holds agreements does ods.ReadParagraphs read its paragraphs
// with their heading levels and list labels, which needs styles.xml (a
// list style there, a paragraph style chain to Heading 1 or Title), into
// the paragraph model a Word document's paragraphs have (package para;
// odtText.document), and readParagraphs reads them as it reads a Word
// document's. A text with an agreement table thus never reads its
// styles. BenchmarkODT/table (the demo's Amstelveen table as .odt) takes
// the time it took before paragraphs were read, within the noise of a
// machine shared with other work: in three runs of 10–12 interleaved
// rounds on two cores the median of the pairwise ratios (after/before)
// was 1.03, 1.03 and 0.97, the medians 0.71–0.96 ms either way, and
// the allocations are the same (182 KB, 3,278 per import); ods.ReadText
// alone on its content.xml: fastest round 402 µs before and after.
// BenchmarkODT/paragraphs (the De Ronde Venen text: content.xml read
// twice, styles.xml once) takes 1.0–1.5 ms and 290 KB. The same
// document saved as .docx and as .odt gives the same agreements, ids and
// report (TestODTTableSameAsDOCX, TestODTParagraphsSameAsDOCX,
// TestODTOutlineNumberedHeadings).
//
// # Reading docx
//
// Word documents are read by package docx (archive/zip and encoding/xml's
// RawToken): every table becomes a sheet "tabel N" whose grid goes
// through the same table finding as a workbook's (docx.go); when no table
// holds agreements, the numbered paragraphs under headings are read
// instead (docxparas.go). Password-protected documents are decrypted as
// workbooks are (the encryption is the same), and the reader holds a
// document to the file's limits (rows are table rows and paragraphs).
//
// BenchmarkDOCX60Pages reads a document of about 60 pages (16,000 words;
// word/document.xml of 0.9 MB with Word's revision ids and run properties)
// with 150 agreements, on two cores shared with other work (load 6–10):
//
//	150 agreements in eight tables        43–60 ms/op   11.4 MB/op   253,000 allocs/op
//	150 as numbered paragraphs            29–65 ms/op    8.0 MB/op   170,000 allocs/op
//
// (one run at a load of 10 took 97 ms per table document). A CPU profile
// puts about 40 ms of CPU per table document, two thirds of it in
// RawToken: a byte scanner like the xlsx reader's is the way to go faster.
package importer
