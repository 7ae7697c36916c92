package tui

import tea "github.com/charmbracelet/bubbletea"

// Bubble Tea v1 reads every printable rune available in one terminal read
// into a single key message (KeyRunes with several runes): fast typing,
// SSH and tmux deliver "vv" that way, and key.Matches, which compares the
// message's whole string, matches no binding. Outside a text field each
// rune is its own key press; once a rune focuses a text field (/ opens the
// search, n the note editor) the rest of the runes are text typed into it.
// A paste (Paste set) is text and is never split.

// bunched reports whether msg is several runes that arrived together.
func bunched(msg tea.KeyMsg) bool {
	return msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste
}

// typing reports whether the keys go into a text field now (the search,
// the note editor, a file name or password in a dialog).
func (m *Model) typing() bool {
	return !m.showHelp && m.focus().Capturing()
}

// keysApart handles a bunched key message as one key press per rune, in
// order, each followed by the layout a key press gets (a status line
// changes the footer's height, a page size follows it). When a rune makes
// a text field take the keys, the runes left are typed into it as one
// message, as the text field would get them from the terminal.
func (m *Model) keysApart(msg tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for i, r := range msg.Runes {
		if m.quitting {
			break
		}
		if m.typing() {
			rest := msg
			rest.Runes = msg.Runes[i:]
			cmds = append(cmds, m.update(rest))
			break
		}
		one := msg
		one.Runes = []rune{r}
		cmds = append(cmds, m.update(one))
		m.layout()
	}
	return tea.Batch(cmds...)
}
