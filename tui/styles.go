package tui

import (
	"github.com/charmbracelet/lipgloss"

	"pakompas/compare/kompas"
)

// Styles holds every style of the program, built once from adaptive
// colours (readable on light and dark terminals; NO_COLOR is honoured by
// lipgloss' colour profile detection).
type Styles struct {
	App       lipgloss.Style
	Title     lipgloss.Style
	Crumb     lipgloss.Style
	Header    lipgloss.Style
	Cell      lipgloss.Style
	Selected  lipgloss.Style
	Dim       lipgloss.Style
	Missing   lipgloss.Style
	VagueMark lipgloss.Style
	Highlight lipgloss.Style
	Label     lipgloss.Style
	Value     lipgloss.Style
	Good      lipgloss.Style
	Bad       lipgloss.Style
	Warn      lipgloss.Style
	Status    lipgloss.Style
	StatusErr lipgloss.Style
	Box       lipgloss.Style
	HelpKey   lipgloss.Style
	HelpDesc  lipgloss.Style
	// VerloopNew, VerloopGone and VerloopCarried mark the agreements of
	// the Verloop screen that are nieuw, vervallen and doorgeschoven.
	VerloopNew, VerloopGone, VerloopCarried lipgloss.Style
	// Heat colours a share vague from calm (0) to alarming (1) in five steps.
	Heat [5]lipgloss.Style
}

// DefaultStyles builds the styles.
func DefaultStyles() *Styles {
	fg := lipgloss.AdaptiveColor{Light: "#1b1b1b", Dark: "#e6e6e6"}
	dim := lipgloss.AdaptiveColor{Light: "#6b6b6b", Dark: "#8a8a8a"}
	accent := lipgloss.AdaptiveColor{Light: "#005f87", Dark: "#5fafd7"}
	red := lipgloss.AdaptiveColor{Light: "#af0000", Dark: "#ff5f5f"}
	green := lipgloss.AdaptiveColor{Light: "#005f00", Dark: "#87d787"}
	amber := lipgloss.AdaptiveColor{Light: "#875f00", Dark: "#ffaf00"}
	selBg := lipgloss.AdaptiveColor{Light: "#d0e4f5", Dark: "#264f78"}
	s := &Styles{
		App:       lipgloss.NewStyle().Foreground(fg),
		Title:     lipgloss.NewStyle().Bold(true).Foreground(accent),
		Crumb:     lipgloss.NewStyle().Foreground(dim),
		Header:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Cell:      lipgloss.NewStyle().Foreground(fg),
		Selected:  lipgloss.NewStyle().Background(selBg).Bold(true),
		Dim:       lipgloss.NewStyle().Foreground(dim),
		Missing:   lipgloss.NewStyle().Foreground(dim).Italic(true),
		VagueMark: lipgloss.NewStyle().Foreground(red).Bold(true),
		Highlight: lipgloss.NewStyle().Foreground(red).Underline(true),
		Label:     lipgloss.NewStyle().Foreground(dim),
		Value:     lipgloss.NewStyle().Foreground(fg),
		Good:      lipgloss.NewStyle().Foreground(green),
		Bad:       lipgloss.NewStyle().Foreground(red),
		Warn:      lipgloss.NewStyle().Foreground(amber),
		Status:    lipgloss.NewStyle().Foreground(dim),
		StatusErr: lipgloss.NewStyle().Foreground(red).Bold(true),
		Box:       lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(dim).Padding(0, 1),
		HelpKey:   lipgloss.NewStyle().Foreground(accent).Bold(true),
		HelpDesc:  lipgloss.NewStyle().Foreground(dim),

		VerloopNew:     lipgloss.NewStyle().Foreground(green),
		VerloopGone:    lipgloss.NewStyle().Foreground(red),
		VerloopCarried: lipgloss.NewStyle().Foreground(amber).Bold(true),
	}
	heat := []lipgloss.AdaptiveColor{
		{Light: "#005f00", Dark: "#87d787"},
		{Light: "#5f8700", Dark: "#d7d787"},
		{Light: "#875f00", Dark: "#ffaf00"},
		{Light: "#af5f00", Dark: "#ff8700"},
		{Light: "#af0000", Dark: "#ff5f5f"},
	}
	for i, c := range heat {
		s.Heat[i] = lipgloss.NewStyle().Foreground(c)
	}
	return s
}

// HeatFor picks the heat style for a share in [0,1].
func (s *Styles) HeatFor(share float64) lipgloss.Style {
	i := int(share * float64(len(s.Heat)))
	return s.Heat[max(0, min(i, len(s.Heat)-1))]
}

// Level is the style of a Kompas judgement: green, amber, red, or dim
// when not judged. The mark beside the figure says the same without
// colour.
func (s *Styles) Level(l kompas.Level) lipgloss.Style {
	switch l {
	case kompas.Green:
		return s.Good
	case kompas.Amber:
		return s.Warn
	case kompas.Red:
		return s.Bad.Bold(true)
	}
	return s.Dim
}

// cursorMark stands before the cursor line of a list or picker: without
// colours (NO_COLOR, or a terminal without them) the highlight alone does
// not show where the cursor is.
const cursorMark = "› "
