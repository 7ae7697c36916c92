package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every key binding of the program, in one place: the
// screens', the dialogs' and the global ones. Each screen and dialog
// matches keys only through these bindings and lists the subset it uses
// in its help (ShortHelp for the footer, FullHelp for the ? screen), so
// the help never shows a key that does something else.
type KeyMap struct {
	Up, Down, Left, Right   key.Binding
	PageUp, PageDown        key.Binding
	Home, End               key.Binding
	Enter, Back             key.Binding
	NextScreen, PrevScreen  key.Binding
	Search                  key.Binding
	VagueOnly, Role, Status key.Binding
	// CheckOnly keeps the agreements pakompas is unsure of (the list).
	CheckOnly key.Binding
	Sort      key.Binding
	Gemeenten key.Binding
	// Expand shows the whole text of a Thema row.
	Expand               key.Binding
	Verdict, Note, Theme key.Binding
	Report               key.Binding
	Export               key.Binding
	Help, Quit           key.Binding

	// Text input on a screen (the search, a note): enter or esc ends it.
	SearchDone, SearchClear key.Binding
	NoteSave                key.Binding

	// Dialogs. Cancel closes any dialog without doing anything.
	Cancel key.Binding
	// The theme picker: after the theme, the scope of the move.
	MoveOne, MoveLocal key.Binding
	// The gemeente picker.
	Toggle, All, None key.Binding
	// The export dialog: overwrite an existing file or not; whom the
	// workbook is for.
	Overwrite, KeepFile key.Binding
	Audience            key.Binding

	// The verdicts directly (Verdict cycles through them).
	Vague, NotVague, Doubt, NoVerdict key.Binding
	// Undo takes back the last change to the adviser's work.
	Undo key.Binding
	// ClearFilters turns every filter of the screen off.
	ClearFilters key.Binding
	// The next and previous agreement on the Afspraak screen.
	NextAgreement, PrevAgreement key.Binding

	// Kompas opens the Kompas screen (the indicators per gemeente);
	// PerTheme there shows one gemeente's indicators per theme.
	Kompas, PerTheme key.Binding
	// Verloop opens the Verloop screen (a gemeente over the years) for
	// the gemeente under the cursor.
	Verloop key.Binding
	// The Verloop screen's filters, one per state; NextGemeente and
	// PrevGemeente switch to the next gemeente with several years.
	ShowNieuw, ShowGewijzigd, ShowOngewijzigd, ShowVervallen, ShowDoorgeschoven key.Binding
	NextGemeente, PrevGemeente                                                  key.Binding
}

// DefaultKeyMap returns the bindings; help texts are Dutch.
func DefaultKeyMap() *KeyMap {
	return &KeyMap{
		Up:         key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "omhoog")),
		Down:       key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "omlaag")),
		Left:       key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "links")),
		Right:      key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "rechts")),
		PageUp:     key.NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup", "pagina omhoog")),
		PageDown:   key.NewBinding(key.WithKeys("pgdown", "ctrl+d", " "), key.WithHelp("pgdn", "pagina omlaag")),
		Home:       key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", "begin")),
		End:        key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", "eind")),
		Enter:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "openen")),
		Back:       key.NewBinding(key.WithKeys("esc", "backspace"), key.WithHelp("esc", "terug")),
		NextScreen: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "volgend scherm")),
		PrevScreen: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "vorig scherm")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "zoeken")),
		VagueOnly:  key.NewBinding(key.WithKeys("V"), key.WithHelp("V", "alleen vaag")),
		CheckOnly:  key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "alleen nakijken")),
		Role:       key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "filter rol")),
		Status:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "filter status")),
		Sort:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sorteren")),
		Gemeenten:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "kolommen kiezen")),
		Expand:     key.NewBinding(key.WithKeys("z"), key.WithHelp("z", "hele rij")),
		Verdict:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "oordeel")),
		Note:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "notitie")),
		Theme:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "ander thema")),
		Report:     key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "importverslag")),
		Export:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "exporteren")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "stoppen")),

		SearchDone:  key.NewBinding(key.WithKeys("enter", "up", "down"), key.WithHelp("enter", "klaar")),
		SearchClear: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "wissen")),
		NoteSave:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "notitie bewaren")),

		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "annuleren")),
		MoveOne:   key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "alleen deze afspraak")),
		MoveLocal: key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "alle afspraken onder de lokale themanaam")),
		Toggle:    key.NewBinding(key.WithKeys(" ", "x"), key.WithHelp("spatie", "aan/uit")),
		All:       key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "alle")),
		None:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "geen")),
		Overwrite: key.NewBinding(key.WithKeys("j", "J", "y", "Y"), key.WithHelp("j", "overschrijven")),
		KeepFile:  key.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", "niet overschrijven")),
		Audience:  key.NewBinding(key.WithKeys("tab", "shift+tab"), key.WithHelp("tab", "intern/extern")),

		Vague:         single("1", "vaag"),
		NotVague:      single("2", "niet vaag"),
		Doubt:         single("3", "twijfel"),
		NoVerdict:     single("0", "geen oordeel (automatisch)"),
		Undo:          single("u", "ongedaan maken"),
		ClearFilters:  single("x", "filters wissen"),
		NextAgreement: single("]", "volgende afspraak"),
		PrevAgreement: single("[", "vorige afspraak"),
		Kompas:        single("K", "kompas"),
		PerTheme:      single("t", "per thema"),
		Verloop:       single("J", "verloop over de jaren"),

		ShowNieuw:         single("n", "nieuw"),
		ShowGewijzigd:     single("w", "gewijzigd"),
		ShowOngewijzigd:   single("o", "ongewijzigd"),
		ShowVervallen:     single("v", "vervallen"),
		ShowDoorgeschoven: single("d", "doorgeschoven"),
		NextGemeente:      key.NewBinding(key.WithKeys("right", "l", "tab"), key.WithHelp("→/tab", "volgende gemeente")),
		PrevGemeente:      key.NewBinding(key.WithKeys("left", "h", "shift+tab"), key.WithHelp("←/shift+tab", "vorige gemeente")),
	}
}

// single is the binding of one key, shown as itself in the help.
func single(k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(k), key.WithHelp(k, desc))
}

// withHelp returns a copy of b with another description.
func withHelp(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}
