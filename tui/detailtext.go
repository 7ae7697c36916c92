package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
	"pakompas/compare/theme"
)

// content is the Afspraak screen's text for the agreement shown: the text
// with the flagged words highlighted, the fields, the SMART checklist, the
// flags, and the adviser's verdict and note (the note only when it is not
// being edited).
func (d *detail) content() string {
	s, w := d.styles, d.w
	a := d.sess.an.Agreements[d.idx]
	vague := d.sess.vague(d.idx)
	// Every value may come from input: printable strips what the
	// terminal would obey.
	field := func(label, value string) string {
		return s.Label.Render(pad(label, 12)) + s.Value.Render(printable.String(value)) + "\n"
	}
	var b strings.Builder
	text := printable.String(a.Text)
	if a.Vague {
		text = highlight(a, s.Highlight.Render)
	}
	b.WriteString(ansi.Wordwrap(text, max(20, w-2), "") + "\n\n")
	b.WriteString(field("Gemeente", a.Gemeente))
	b.WriteString(field("Thema", fmt.Sprintf("%s (lokaal: %s)", a.ThemeLabel, orDash(a.ThemeRaw))))
	if a.ThemeVia == theme.ViaAdviser {
		b.WriteString(pad("", 12) + s.Warn.Render(printable.String("verplaatst door adviseur (was: "+d.sess.an.Taxonomy.Label(a.ThemeAuto)+")")) + "\n")
	}
	b.WriteString(d.themeWhy(&a))
	b.WriteString(strings.TrimSuffix(field("Nummer", orDash(a.Number)), "\n"))
	if len(d.seq) > 1 {
		b.WriteString(s.Dim.Render(fmt.Sprintf("   afspraak %d van %d · %s volgende · %s vorige", d.pos+1, len(d.seq),
			d.keys.NextAgreement.Help().Key, d.keys.PrevAgreement.Help().Key)))
	}
	b.WriteString("\n")
	b.WriteString(field("Trekker", fmt.Sprintf("%s → %s", orDash(a.Owner), a.OwnerRole.Label())))
	b.WriteString(field("Termijn", orDash(a.DueRaw)))
	b.WriteString(field("Status", fmt.Sprintf("%s → %s", orDash(a.Status), a.StatusNorm.Label())))
	b.WriteString(field("Type", a.Type))
	b.WriteString(field("Bron", sourceText(&a)))
	if y := yearText(d.sess.an, &a); y != "" {
		b.WriteString(field("Jaarschijf", y))
	}
	b.WriteString("\n" + s.Header.Render("SMART") + "  ")
	for _, c := range []struct {
		name string
		ok   bool
	}{{"wie", a.Smart.Who}, {"wat", a.Smart.What}, {"hoeveel", a.Smart.HowMuch}, {"wanneer", a.Smart.When}} {
		if c.ok {
			b.WriteString(s.Good.Render("✓ "+c.name) + "  ")
		} else {
			b.WriteString(s.Bad.Render("✗ "+c.name) + "  ")
		}
	}
	b.WriteString("\n\n")
	verdict, auto := "vaag", "vaag"
	switch {
	case !a.Vague:
		verdict, auto = "niet vaag", "niet vaag"
	case a.LessCertain:
		// Said where the adviser decides: this verdict is the one to check.
		auto = "vaag, minder zeker: geen vaag woord"
	}
	b.WriteString(s.Header.Render("Signalen") + s.Dim.Render("  (automatisch: "+auto+")") + "\n")
	if len(a.Flags) == 0 && a.RegularFlag == nil {
		b.WriteString(s.Dim.Render("  geen") + "\n")
	}
	for _, f := range a.Flags {
		rule, msg := s.Warn.Render(printable.String(f.Rule)), printable.String(f.Message)
		if f.Info {
			rule, msg = s.Dim.Render(printable.String(f.Rule)), s.Dim.Render(msg)
		}
		// Continuation lines hang under the message, not at the margin.
		wrapped := ansi.Wordwrap(msg, max(20, w-len(f.Rule)-4), "")
		b.WriteString("  " + rule + "  " + strings.ReplaceAll(wrapped, "\n", "\n    ") + "\n")
	}
	b.WriteString(d.regular(a))
	b.WriteString("\n" + s.Header.Render("Oordeel adviseur") + "  ")
	switch v := d.sess.verdict(d.idx); v {
	case evaluation.None:
		b.WriteString(s.Dim.Render("geen (telt als " + verdict + ")"))
	default:
		st := s.Good
		if vague {
			st = s.Bad
		}
		b.WriteString(d.sess.mark(s, d.idx) + " " + st.Render(string(v)))
	}
	b.WriteString("\n" + s.Header.Render("Notitie") + "\n")
	if !d.editing {
		if n := d.sess.note(d.idx); n != "" {
			b.WriteString(ansi.Wordwrap(printable.String(n), max(20, w-2), "") + "\n")
		} else {
			b.WriteString(s.Dim.Render("  (geen; n om te schrijven)") + "\n")
		}
	}
	return b.String()
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "–"
	}
	return s
}

// themeWhy is the line under Thema for a theme placed by the text: the
// words that placed it and, when the scorer was unsure, the theme it
// scored next and the key that moves it; empty otherwise.
func (d *detail) themeWhy(a *compare.Agreement) string {
	if a.ThemeVia != theme.ViaText {
		return ""
	}
	s := d.styles
	why := "uit de tekst"
	if a.ThemeWords != "" {
		why += ": " + a.ThemeWords
	}
	line := s.Dim.Render(printable.String(why))
	if a.ThemeUnsure {
		line += s.Dim.Render(" · ") + s.Warn.Render(printable.String(fmt.Sprintf("onzeker, misschien %s (%s verplaatst)",
			d.sess.an.Taxonomy.Label(a.ThemeSecond), d.keys.Theme.Help().Key)))
	}
	// Continuation lines hang under the first, as the field values do.
	indent := pad("", 12)
	return indent + strings.ReplaceAll(ansi.Wordwrap(line, max(20, d.w-14), ""), "\n", "\n"+indent) + "\n"
}
