package importer

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"pakompas/importer/docx"
	"pakompas/importer/norm"
)

// Reasons for paragraphs that are no agreement, as the report shows them.
const (
	reasonParaTitle   = "titel"
	reasonParaHeading = "kop: thema '%s'"
	reasonParaProse   = "lopende tekst (geen genummerde afspraak)"
	reasonParaIntro   = "inleiding of toelichting"
	noHeadingSection  = "§ (voor de eerste kop)"
)

// introWords are headings whose paragraphs are never agreements (the
// first word of the heading, folded).
var introWords = map[string]bool{
	"vooraf": true, "inleiding": true, "aanleiding": true, "leeswijzer": true, "overwegingen": true,
	"considerans": true, "achtergrond": true, "samenvatting": true, "ondertekening": true,
	"bijlage": true, "bijlagen": true, "begrippen": true, "begripsbepalingen": true,
	"definities": true, "inhoud": true, "inhoudsopgave": true, "voorwoord": true,
}

// wholeNumberPrefixRE finds an agreement numbered with a whole number at
// the start of a paragraph ("1. De corporatie …", "2) De gemeente …").
var wholeNumberPrefixRE = regexp.MustCompile(`^(\d{1,3})[.)]\s+(\S.*)$`)

// paraKind is what a paragraph is to the agreements.
type paraKind int

const (
	paraProse paraKind = iota
	paraTitle
	paraHeading
	paraNumbered
	paraBullet
)

// paraItem is one paragraph as classified.
type paraItem struct {
	p    *docx.Paragraph
	kind paraKind
	// number and text: the agreement's number and text, or the heading's
	// number and title.
	number, text string
}

// paraSection is a heading and the paragraphs under it.
type paraSection struct {
	name, theme string
	heading     int // the heading's paragraph number, 0 for none
	intro       bool
	items       []paraItem
}

// readParagraphs finds the agreements among a Word document's paragraphs
// (when no table holds them): headings become themes, numbered and
// bulleted paragraphs under them agreements (their number as Word shows
// it, or as typed), prose is skipped. Each heading is reported like a
// sheet, "§ " and its text; an agreement's source row is its paragraph
// number. It returns the agreements, the texts that may name the
// gemeente (the paragraphs before the first agreement, then texts) and
// the number of headings with agreements.
func readParagraphs(rep *FileReport, doc *docx.Document, texts []string) ([]pending, []string, int) {
	var paras []*docx.Paragraph
	for _, b := range doc.Blocks {
		if b.Para != nil {
			paras = append(paras, b.Para)
		}
	}
	sections := sectionsOf(paras)
	var rows []pending
	var titles []string
	read := 0
	for _, s := range sections {
		out := s.read()
		if len(rows) == 0 {
			titles = append(titles, s.texts(len(out.rows) == 0)...)
		}
		rows = append(rows, out.rows...)
		rep.Skipped = append(rep.Skipped, out.skipped...)
		sr := SheetReport{Name: s.name, Read: len(out.rows) > 0, HeaderRow: s.heading, Agreements: len(out.rows)}
		if !sr.Read {
			sr.Reason = "geen genummerde afspraken: " + plural(len(out.skipped), "alinea", "alinea's") + " overgeslagen (" + s.kinds(out.skipped) + ")"
		} else {
			read++
		}
		rep.Sheets = append(rep.Sheets, sr)
	}
	return rows, append(titles, texts...), read
}

// sectionsOf classifies the paragraphs and groups them under their
// headings.
func sectionsOf(paras []*docx.Paragraph) []*paraSection {
	var out []*paraSection
	cur := &paraSection{name: noHeadingSection}
	for i, p := range paras {
		var next *docx.Paragraph
		if i+1 < len(paras) {
			next = paras[i+1]
		}
		it := classify(p, next)
		if it.kind == paraHeading {
			if len(cur.items) > 0 {
				out = append(out, cur)
			}
			name := tidyText(p.Text)
			if p.List != nil && p.List.Label != "" {
				name = p.List.Label + " " + name
			}
			cur = &paraSection{name: "§ " + name, theme: it.text, heading: p.Index}
			if w := norm.Words(it.text); len(w) > 0 && introWords[w[0]] {
				cur.intro = true
			}
		}
		cur.items = append(cur.items, it)
	}
	if len(cur.items) > 0 {
		out = append(out, cur)
	}
	return out
}

// classify tells what paragraph p (followed by next) is.
func classify(p, next *docx.Paragraph) paraItem {
	text := tidyText(p.Text)
	it := paraItem{p: p, text: text}
	label := listNumber(p)
	switch {
	case p.Title:
		it.kind = paraTitle
	case p.Heading > 0:
		it.kind = paraHeading
		if label != "" {
			it.number = label
		} else {
			it.number, it.text = splitSectionTitle(text)
		}
	case p.List != nil && label != "" && isWholeNumber(label) && looksLikeTitle(text) && !strings.HasSuffix(text, ":") &&
		next != nil && next.List != nil && next.List.Level > p.List.Level:
		// a numbered title over deeper items heads them; one that ends
		// in a colon introduces them ("2. … voorkomen uitzettingen door:"
		// over "a) …", "b) …") and is an agreement
		it.kind, it.number = paraHeading, label
	case p.List != nil && label != "":
		it.kind, it.number = paraNumbered, label
	case p.List != nil:
		it.kind = paraBullet
	default:
		it.kind, it.number, it.text = typedNumber(text)
	}
	return it
}

// typedNumber classifies a paragraph outside Word's lists by the number
// typed before its text: "3. Duurzaamheid" (a whole number before a
// title) is a heading, "3.1 De corporatie …" or "1. De corporatie …" an
// agreement, "• …" a bullet; what is left is prose (or a heading such as
// "Vooraf").
func typedNumber(text string) (paraKind, string, string) {
	if looksLikeTitle(text) {
		num, title := splitSectionTitle(text)
		if num != "" && isWholeNumber(num) && title != "" {
			return paraHeading, num, title
		}
		if w := norm.Words(text); len(w) == 1 && introWords[w[0]] {
			return paraHeading, "", text
		}
	}
	if num, rest := splitLeadingNumber(text); num != "" {
		return paraNumbered, num, rest
	}
	first, more, _ := strings.Cut(text, "\n")
	if m := wholeNumberPrefixRE.FindStringSubmatch(first); m != nil {
		if more != "" {
			return paraNumbered, m[1], m[2] + "\n" + more
		}
		return paraNumbered, m[1], m[2]
	}
	if r, _, ok := cutFirstRune(strings.TrimSpace(first)); ok && (strings.ContainsRune(bulletGlyphs, r) || strings.ContainsRune("-–*", r)) {
		return paraBullet, "", text
	}
	return paraProse, "", text
}

// listNumber is the number of a paragraph in a numbered Word list as its
// label shows it, without the punctuation around it ("3.1." → "3.1",
// "a)" → "a"); "" for a bullet or no list.
func listNumber(p *docx.Paragraph) string {
	if p.List == nil || p.List.Bullet {
		return ""
	}
	return strings.Trim(p.List.Label, " .):(-–")
}

// read turns a section's paragraphs into agreements and skipped rows.
// Bullets under a numbered agreement, and deeper list levels, continue
// it as lines of its text; in a section without numbered agreements
// each bullet is one.
func (s *paraSection) read() tableOut {
	var out tableOut
	numbered := false
	for _, it := range s.items {
		numbered = numbered || it.kind == paraNumbered
	}
	last := -1      // the agreement continued by bullets and deeper levels
	lastLevel := -1 // its list level (-1 when typed)
	for _, it := range s.items {
		skip := func(reason string) {
			out.skipped = append(out.skipped, SkippedRow{Sheet: s.name, Row: it.p.Index, Reason: reason})
		}
		level := -1
		if it.p.List != nil {
			level = it.p.List.Level
		}
		switch {
		case it.kind == paraTitle:
			skip(reasonParaTitle)
		case it.kind == paraHeading:
			skip(fmt.Sprintf(reasonParaHeading, it.text))
		case s.intro:
			skip(reasonParaIntro)
		case it.kind == paraProse:
			skip(reasonParaProse)
		case last >= 0 && (it.kind == paraBullet && numbered || level >= 0 && lastLevel >= 0 && level > lastLevel):
			line := it.text
			if it.kind == paraNumbered {
				line = it.p.List.Label + " " + line
			}
			out.rows[last].Text += "\n" + line
		default:
			a := pending{}
			a.ThemeRaw, a.Number, a.Text = s.theme, it.number, it.text
			a.Source = Source{Sheet: s.name, Row: it.p.Index}
			out.rows = append(out.rows, a)
			last, lastLevel = len(out.rows)-1, -1
			if it.kind == paraNumbered {
				lastLevel = level
			} else {
				last = -1
			}
		}
	}
	return out
}

// texts are the section's paragraphs that may name the gemeente: its
// heading and titles, and its prose when all is (no agreements yet).
func (s *paraSection) texts(all bool) []string {
	var out []string
	for _, it := range s.items {
		if len(out) == maxTitleParagraphs {
			break
		}
		if (all || it.kind == paraTitle || it.kind == paraHeading) && len(it.p.Text) <= maxTitleChars {
			out = append(out, tidyText(it.p.Text))
		}
	}
	return out
}

// kinds names what the skipped paragraphs of a section without
// agreements were: "titel; lopende tekst (…)".
func (s *paraSection) kinds(skipped []SkippedRow) string {
	var out []string
	for _, r := range skipped {
		k := r.Reason
		if strings.HasPrefix(k, "kop: ") {
			k = "kop"
		}
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return strings.Join(out, "; ")
}
