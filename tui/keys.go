package tui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every key binding of the program, in one place; each screen
// shows the subset it uses in its help (the ? screen and the footer).
type KeyMap struct {
	Up, Down, Left, Right   key.Binding
	PageUp, PageDown        key.Binding
	Home, End               key.Binding
	Enter, Back             key.Binding
	NextScreen, PrevScreen  key.Binding
	Search                  key.Binding
	VagueOnly, Role, Status key.Binding
	Sort                    key.Binding
	Gemeenten               key.Binding
	Verdict, Note, Theme    key.Binding
	Report                  key.Binding
	Export                  key.Binding
	Help, Quit              key.Binding
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
		Role:       key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "filter rol")),
		Status:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "filter status")),
		Sort:       key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "sorteren")),
		Gemeenten:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "kolommen kiezen")),
		Verdict:    key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "oordeel")),
		Note:       key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "notitie")),
		Theme:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "ander thema")),
		Report:     key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "importverslag")),
		Export:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "exporteren")),
		Help:       key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:       key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "stoppen")),
	}
}
