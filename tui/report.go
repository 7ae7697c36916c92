package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"pakompas/compare"
	"pakompas/compare/printable"
)

// report is the Importverslag screen: per file the sheets, header row,
// column mapping, agreements, skipped rows with reasons and errors, and
// the adviser's verdicts whose agreement is gone ("verweesd"). The text is
// written when the screen is first shown (it takes a moment for the
// national corpus) and wrapped again when the width changes.
type report struct {
	*common
	w, h  int
	vp    viewport.Model
	built bool // the viewport holds the text for width w
	// of and at are the session and its changes the text was written
	// for: a verdict changes what is still to check (Nakijken), and a new
	// analysis the whole report.
	of *session
	at int
}

func newReport(c *common) *report { return &report{common: c, vp: viewport.New(0, 0)} }

func (r *report) Title() string   { return "Importverslag" }
func (r *report) Capturing() bool { return false }

func (r *report) SetSize(w, h int) {
	rewrap := r.built && w != r.w
	r.w, r.h = w, h
	r.vp.Width, r.vp.Height = w, h
	if rewrap {
		r.built = false
		r.build()
	}
}

// build writes the report into the viewport, wrapped to the width, when
// it is not written yet for this width, session and state of the work.
func (r *report) build() {
	if r.sess == nil || r.built && r.of == r.sess && r.at == r.sess.changes {
		return
	}
	var b strings.Builder
	_ = r.sess.an.Report.WriteText(&b)
	writeDoubts(&b, r.sess.ev.Doubts(), r.keys.CheckOnly.Help().Key)
	if o := r.sess.ev.Orphans(); len(o) > 0 {
		fmt.Fprintf(&b, "\nVerweesd: %d oordelen of notities horen bij afspraken die niet meer in de bestanden staan.\nZe blijven bewaard in het evaluatiebestand.\n", len(o))
		for _, e := range o {
			fmt.Fprintf(&b, "  %s  %s %s  oordeel: %s  notitie: %s\n      %s\n", e.ID, e.Gemeente, e.Number, orDash(string(e.Verdict)), orDash(e.Note), e.Text)
		}
	}
	if err := r.sess.invalid(); err != nil {
		fmt.Fprintf(&b, "\nLet op: %v\n", err)
	}
	if r.sess.readOnly() != "" {
		fmt.Fprintf(&b, "\nLet op: oordelen en notities worden niet bewaard: %s\n", r.sess.readOnly())
	}
	r.vp.SetContent(ansi.Wordwrap(printable.String(b.String()), max(20, r.w), ""))
	r.built, r.of, r.at = true, r.sess, r.sess.changes
}

func (r *report) Update(msg tea.Msg) (tea.Cmd, []tea.Msg) {
	switch msg := msg.(type) {
	case activeMsg:
		r.build()
		return nil, nil
	case tea.KeyMsg:
		if key.Matches(msg, r.keys.Back) {
			return nil, ask(backMsg{})
		}
	case tea.MouseMsg:
	default:
		return nil, nil
	}
	var cmd tea.Cmd
	r.vp, cmd = r.vp.Update(msg)
	return cmd, nil
}

func (r *report) View() string { return r.vp.View() }

func (r *report) ShortHelp() []key.Binding {
	k := r.keys
	return []key.Binding{withHelp(k.Down, "scrollen"), k.PageDown, k.Back}
}

func (r *report) FullHelp() [][]key.Binding {
	k := r.keys
	return [][]key.Binding{{withHelp(k.Up, "scrollen"), withHelp(k.Down, "scrollen"), k.PageUp, k.PageDown, k.Back}}
}

// writeDoubts says what pakompas is unsure of (compare.Doubts), and the
// key that lists it in Afspraken; nothing when it is sure of everything.
func writeDoubts(b *strings.Builder, d compare.Doubts, key string) {
	if d.FromText == 0 && d.VagueUnsettled == 0 {
		return
	}
	b.WriteString("\nNakijken:\n")
	if d.FromText > 0 {
		fmt.Fprintf(b, "  %s het thema uit de tekst (geen themakolom of -naam); %d daarvan onzeker en nog zonder oordeel.\n",
			plural(d.FromText, "afspraak kreeg", "afspraken kregen"), d.ThemeUnsettled)
	}
	if d.VagueUnsettled > 0 {
		fmt.Fprintf(b, "  %s vaag zonder vaag woord, alleen omdat er geen toetsbaar resultaat staat (minder zeker), en nog zonder oordeel.\n",
			plural(d.VagueUnsettled, "afspraak is", "afspraken zijn"))
	}
	fmt.Fprintf(b, "  %s in Afspraken toont wat nog nagekeken moet worden.\n", key)
}
