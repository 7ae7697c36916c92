package corpus

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed templates.txt
var templatesTxt string

// segKind tells what a template segment produces.
type segKind uint8

const (
	segLit     segKind = iota // literal text
	segChoice                 // {a|b|c}
	segInt                    // {n:lo-hi/step}
	segWord                   // {telwoord:lo-hi}
	segEur                    // {eur:lo-hi/step}
	segYear                   // {jaar:lo-hi}
	segDate                   // {datum:lo-hi}
	segMonth                  // {maand}
	segQuarter                // {kwartaal}
	segName                   // {corp}, {gemeente}, {hvo}, {zorg}, {wijk}, {plan}, {straat}
)

// seg is one piece of a parsed template.
type seg struct {
	kind         segKind
	text         string   // literal text, or the slot name for segName
	choices      []string // for segChoice
	lo, hi, step int      // for number, year and date slots
}

// template is one agreement text pattern of a theme.
type template struct {
	theme int    // index in Themes
	owner string // owner code, see templates.txt
	kind  Kind
	segs  []seg
}

// localNames are the slots whose value belongs to one gemeente. A
// corporation's shared texts keep them open, so the same text reads with
// the local wijk or plan in each gemeente.
var localNames = map[string]bool{
	"gemeente": true, "hvo": true, "zorg": true, "wijk": true, "plan": true, "straat": true,
}

// templatesByKind holds the parsed templates: [theme][kind].
var templatesByKind = mustParseTemplates(templatesTxt)

// kindIndex orders the kinds in templatesByKind.
func kindIndex(k Kind) int {
	switch k {
	case KindVague:
		return 1
	case KindFramework:
		return 2
	}
	return 0
}

// mustParseTemplates parses the embedded template file; a syntax error in
// it is a programming error and panics at start-up.
func mustParseTemplates(src string) [][3][]template {
	out := make([][3][]template, len(Themes))
	theme := -1
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			theme = themeIndex(strings.Trim(line, "[]"))
			if theme < 0 {
				panic(fmt.Sprintf("corpus: templates.txt:%d: unknown theme %s", n+1, line))
			}
			continue
		}
		owner, rest, ok1 := strings.Cut(line, " ")
		kindCode, text, ok2 := strings.Cut(rest, " ")
		if !ok1 || !ok2 || theme < 0 {
			panic(fmt.Sprintf("corpus: templates.txt:%d: bad line", n+1))
		}
		var k Kind
		switch kindCode {
		case "K":
			k = KindConcrete
		case "V":
			k = KindVague
		case "F":
			k = KindFramework
		default:
			panic(fmt.Sprintf("corpus: templates.txt:%d: bad kind %q", n+1, kindCode))
		}
		segs, err := parseSegs(text)
		if err != nil {
			panic(fmt.Sprintf("corpus: templates.txt:%d: %v", n+1, err))
		}
		out[theme][kindIndex(k)] = append(out[theme][kindIndex(k)], template{theme: theme, owner: owner, kind: k, segs: segs})
	}
	for i := range out {
		if len(out[i][0]) == 0 || len(out[i][1]) == 0 {
			panic("corpus: templates.txt: theme " + Themes[i] + " needs concrete and vague templates")
		}
	}
	return out
}

// parseSegs splits a template text into literal and slot segments.
func parseSegs(text string) ([]seg, error) {
	var segs []seg
	for text != "" {
		i := strings.IndexByte(text, '{')
		if i < 0 {
			segs = append(segs, seg{kind: segLit, text: text})
			break
		}
		if i > 0 {
			segs = append(segs, seg{kind: segLit, text: text[:i]})
		}
		j := strings.IndexByte(text[i:], '}')
		if j < 0 {
			return nil, fmt.Errorf("unclosed slot in %q", text)
		}
		s, err := parseSlot(text[i+1 : i+j])
		if err != nil {
			return nil, err
		}
		segs = append(segs, s)
		text = text[i+j+1:]
	}
	return segs, nil
}

// parseSlot parses the inside of one {...} slot.
func parseSlot(body string) (seg, error) {
	if strings.Contains(body, "|") {
		return seg{kind: segChoice, choices: strings.Split(body, "|")}, nil
	}
	name, arg, _ := strings.Cut(body, ":")
	s := seg{text: name}
	switch name {
	case "n":
		s.kind = segInt
	case "telwoord":
		s.kind = segWord
	case "eur":
		s.kind = segEur
	case "jaar":
		s.kind, s.lo, s.hi = segYear, 2025, 2027
	case "datum":
		s.kind, s.lo, s.hi = segDate, 2025, 2026
	case "maand":
		s.kind = segMonth
	case "kwartaal":
		s.kind = segQuarter
	case "corp", "gemeente", "hvo", "zorg", "wijk", "plan", "straat":
		s.kind = segName
		return s, nil
	default:
		return s, fmt.Errorf("unknown slot %q", body)
	}
	if arg == "" {
		if s.kind == segInt || s.kind == segWord || s.kind == segEur {
			return s, fmt.Errorf("slot %q needs a range", body)
		}
		return s, nil
	}
	rng, step, hasStep := strings.Cut(arg, "/")
	los, his, ok := strings.Cut(rng, "-")
	lo, err1 := strconv.Atoi(los)
	hi, err2 := strconv.Atoi(his)
	if !ok || err1 != nil || err2 != nil || hi < lo {
		return s, fmt.Errorf("bad range in slot %q", body)
	}
	s.lo, s.hi, s.step = lo, hi, 1
	if hasStep {
		st, err := strconv.Atoi(step)
		if err != nil || st <= 0 {
			return s, fmt.Errorf("bad step in slot %q", body)
		}
		s.step = st
	}
	if s.kind == segWord && hi >= len(numberWords) {
		return s, fmt.Errorf("telwoord above %d in %q", len(numberWords)-1, body)
	}
	return s, nil
}
