// Package demo embeds the demo set of pakompas: the prestatieafspraken of
// one (invented) corporation, Woonstichting Amstelland, with the six
// gemeenten it works in, each delivered in the spreadsheet or Word layout
// that gemeente happens to use. The set is the importer's acceptance test
// and the data an adviser sees when trying the tool without files of their
// own.
//
// The six layouts, all seen in practice:
//
//   - uithoorn_prestatieafspraken_2025.xlsx: one list under title rows with
//     Nr | Thema | Afspraak | Trekker | Planning | Status | Toelichting; the
//     Thema cells are merged down over each theme's rows, Planning mixes real
//     date cells with texts ("Q2 2025", "eind 2026", "doorlopend"), one
//     Trekker cell is a formula with a cached value, and a second sheet
//     "Toelichting" holds only prose.
//   - "Aalsmeer - jaarschijf 2025-2027.xlsx": no theme column; a two-row
//     header with "Planning" merged over the year columns 2025 | 2026 | 2027
//     (cells marked "x" or a quarter), and bold merged section rows
//     ("1. Betaalbaarheid en huurbeleid") heading numbered rows "1.1", "1.2".
//   - "PA Landsmeer 2025-2028.xlsx": a cover sheet and a reading guide
//     without a table, then one sheet per theme named after the theme, with a
//     "Soort afspraak" column; numbers restart per sheet (or are codes such
//     as "WL-04"), and a hidden sheet "Oud 2024" holds last year's table.
//   - ouder-amstel_afspraken_2025.csv: exported by Dutch Excel: ';'
//     separated, Windows-1252, CRLF, quoted cells with ';', newlines and
//     doubled quotes, an empty line in the middle, and no gemeente anywhere
//     but in the file name.
//   - "Prestatieafspraken Amstelveen 2025.docx": a Word document with a
//     title, a "Vooraf" in prose and one table Nr | Thema | Afspraak |
//     Trekker | Planning | Status, the Thema cells merged down (vMerge),
//     one Afspraak cell of a paragraph and Word bullets; a signature table
//     under it.
//   - "De Ronde Venen - prestatieafspraken 2025-2028.docx": numbered
//     paragraphs: headings numbered by Word ("1. Betaalbaarheid"), the
//     agreements a Word list under them ("1.1"), prose between them, bullets
//     under one agreement, and an "Ondertekening" at the end.
//
// Uithoorn and Ouder-Amstel also have their previous jaarschijf, in a layout
// neither used for 2025, so that the demo shows agreements over the years:
//
//   - "Uithoorn voortgang 2024.xlsx" and "Ouder-Amstel voortgang 2024.xlsx":
//     a year-end progress report under a title and a "stand per" line, one
//     flat table whose first column "Jaarschijf" holds 2024 on every row,
//     the theme on every row and an autofilter. Against 2025 they are
//     renumbered and reworded, some agreements moved to another theme, some
//     were dropped, and three come back in 2025 without being done.
//
// The content and the generator live in this package's test files so that
// they stay out of the binary; regenerate the files with
//
//	go test ./importer/demo -run TestGenerate -update
//
// Without -update the same test regenerates the set into a temporary folder
// and fails when it differs from the embedded files. The embed needs at
// least one file in files/ to compile; should it ever be empty, put any file
// there, run the command above and delete that file again.
package demo

import "embed"

// Dir is the folder inside FS that holds the demo files.
const Dir = "files"

// FS holds the demo files under Dir.
//
//go:embed files
var FS embed.FS
