package tui

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"pakompas/compare"
	"pakompas/compare/evaluation"
)

// A theme move is saved at once and then the analysis is run again with
// the new overrides, in the background (half a second for the national
// corpus): exactly what the export command does with the same evaluation
// file, so the TUI's workbook and the command's agree. Until the new
// analysis arrives the screens show the old one and the footer says
// "bezig".

// reanalyzedMsg carries a finished re-analysis; seq is the move it is for.
type reanalyzedMsg struct {
	an  *compare.Analysis
	seq int
}

// moveAgreement moves agreement i to theme key and starts the re-analysis.
func (s *session) moveAgreement(i int, key string) (tea.Cmd, error) {
	err := s.ev.MoveAgreement(i, key)
	if err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return nil, err
	}
	return s.reanalyze(), err
}

// moveLocal moves every agreement under a local theme name to theme key
// and starts the re-analysis.
func (s *session) moveLocal(local, key string) (tea.Cmd, error) {
	err := s.ev.MoveLocal(local, key)
	if err != nil && !errors.Is(err, evaluation.ErrUnsaved) {
		return nil, err
	}
	return s.reanalyze(), err
}

// reanalyze returns the command that runs the re-analysis for the moves
// made so far.
func (s *session) reanalyze() tea.Cmd {
	run := s.ev.Reanalyzer()
	if run == nil {
		return nil
	}
	s.moves++
	seq := s.moves
	return func() tea.Msg { return reanalyzedMsg{an: run(), seq: seq} }
}

// busy reports a move whose re-analysis has not arrived yet.
func (s *session) busy() bool { return s.applied < s.moves }

// apply takes a finished re-analysis unless a later one was applied.
func (s *session) apply(msg reanalyzedMsg) bool {
	if msg.seq <= s.applied {
		return false
	}
	s.applied = msg.seq
	s.ev.Apply(msg.an)
	s.refresh()
	return true
}
