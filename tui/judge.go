package tui

import (
	"errors"
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/evaluation"
	"pakompas/compare/printable"
)

// Judging: v cycles through the verdicts, 1, 2, 3 and 0 set one directly,
// u takes back the last change to the adviser's work (through the owner,
// saved like any change). Where an agreement is listed its mark tells the
// automatic verdict from the adviser's.

// isVerdict reports whether msg is a verdict key (v or a direct one).
func (k *KeyMap) isVerdict(msg tea.KeyMsg) bool {
	return key.Matches(msg, k.Verdict, k.Vague, k.NotVague, k.Doubt, k.NoVerdict)
}

// verdictHelp is the verdict keys for a full help, v described as desc.
func (k *KeyMap) verdictHelp(desc string) []key.Binding {
	return []key.Binding{withHelp(k.Verdict, desc), k.Vague, k.NotVague, k.Doubt, k.NoVerdict}
}

// judge sets the verdict a verdict key asks for on agreement i (v: the
// next one), saves it and returns what the status line says.
func (s *session) judge(k *KeyMap, msg tea.KeyMsg, i int) statusMsg {
	next := s.verdict(i).Next()
	switch {
	case key.Matches(msg, k.Vague):
		next = evaluation.Vaag
	case key.Matches(msg, k.NotVague):
		next = evaluation.NietVaag
	case key.Matches(msg, k.Doubt):
		next = evaluation.Twijfel
	case key.Matches(msg, k.NoVerdict):
		next = evaluation.None
	}
	if err := s.setVerdict(i, next); err != nil {
		return statusError("Niet bewaard: " + err.Error())
	}
	return statusOK("Oordeel: " + verdictLabel(next) + " · bewaard")
}

// verdictLabel names a verdict for the adviser.
func verdictLabel(v evaluation.Verdict) string {
	if v == evaluation.None {
		return "geen (automatisch)"
	}
	return string(v)
}

// mark is the one-cell sign of agreement i's verdict: the adviser's (◆
// vaag, ◇ niet vaag, ? twijfel) or, without one, the automatic ● when
// vague (○ when that verdict rests only on what is missing:
// compare.Agreement.LessCertain); a space otherwise.
func (s *session) mark(st *Styles, i int) string {
	switch s.verdict(i) {
	case evaluation.Vaag:
		return st.VagueMark.Render("◆")
	case evaluation.NietVaag:
		return st.Good.Render("◇")
	case evaluation.Twijfel:
		return st.Warn.Render("?")
	}
	if !s.vague(i) {
		return " "
	}
	if lessCertain, _ := s.ev.Unsettled(i); lessCertain {
		return st.VagueMark.Render("○")
	}
	return st.VagueMark.Render("●")
}

// toCheck reports whether pakompas is unsure of agreement i and the
// adviser has not settled it (compare.Unsettled): what N keeps.
func (s *session) toCheck(i int) bool {
	lessCertain, theme := s.ev.Unsettled(i)
	return lessCertain || theme
}

// noteMark is ✎ when agreement i has a note, else a space.
func (s *session) noteMark(st *Styles, i int) string {
	if s.note(i) != "" {
		return st.Dim.Render("✎")
	}
	return " "
}

// markLegend explains the marks, for the help of the screens that show
// them.
func markLegend() []string {
	return []string{
		"● vaag volgens pakompas",
		"○ idem, minder zeker (geen vaag woord)",
		"◆ vaag, ◇ niet vaag (adviseur)",
		"? twijfel (adviseur)",
		"✎ heeft een notitie",
	}
}

// undo takes back the last change to the adviser's work and says what it
// did; an undone move starts the re-analysis.
func (s *session) undo() (tea.Cmd, statusMsg) {
	u, err := s.ev.Undo()
	s.changes++
	switch {
	case errors.Is(err, compare.ErrNothingToUndo):
		return nil, statusOK("Niets om ongedaan te maken")
	case errors.Is(err, compare.ErrChangedSince):
		return nil, statusError("Niet ongedaan gemaakt: " + s.undoneWhat(u) + " is " + err.Error())
	case err != nil && !errors.Is(err, evaluation.ErrUnsaved):
		return nil, statusError("Niet ongedaan gemaakt: " + err.Error())
	}
	text := "Ongedaan: " + s.undoneWhat(u) + " " + s.undoneTo(u)
	st := statusOK(text + " · bewaard")
	if err != nil {
		st = statusError(text + " · niet bewaard: " + err.Error())
	}
	var cmd tea.Cmd
	if u.Moves() {
		cmd = s.reanalyze()
		s.moved = st.text
	}
	return cmd, st
}

// undoneWhat names what an undo changed: "oordeel Aalsmeer 1.2".
func (s *session) undoneWhat(u compare.Undone) string {
	if u.Change == compare.ChangeLocalTheme {
		return printable.String(fmt.Sprintf("verplaatsing van '%s'", u.Local))
	}
	what := map[compare.Change]string{compare.ChangeVerdict: "oordeel", compare.ChangeNote: "notitie", compare.ChangeTheme: "verplaatsing"}[u.Change]
	if i, ok := s.an.Index(u.ID); ok {
		a := s.an.Agreements[i]
		what += " " + a.Gemeente + " " + a.Number
	}
	return printable.String(what)
}

// undoneTo says what an undo put back.
func (s *session) undoneTo(u compare.Undone) string {
	switch u.Change {
	case compare.ChangeVerdict:
		return "weer " + verdictLabel(evaluation.Verdict(u.Restored))
	case compare.ChangeNote:
		if u.Restored == "" {
			return "weer leeg"
		}
		return "teruggezet"
	}
	if u.Restored == "" {
		return "weer in het automatische thema"
	}
	return printable.String("weer naar " + s.an.Taxonomy.Label(u.Restored))
}
