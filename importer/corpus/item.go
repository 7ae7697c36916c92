package corpus

import (
	"math/rand/v2"
	"strings"
	"time"
)

// item generates one agreement of theme ti. It avoids a text the gemeente
// already has, and for the first tries also a template it already used, so
// one document rarely holds the same sentence twice with other numbers.
func (w *world) item(l *local, ti, corp int) Item {
	r := l.r
	var (
		t    *template
		text string
		date time.Time
	)
	for try := 0; try < 12; try++ {
		l.e.date = time.Time{}
		switch u := r.Float64(); {
		case u < corpPoolShare:
			pool := w.pools[corp*len(Themes)+ti]
			sh := &pool[r.IntN(len(pool))]
			t, date = sh.t, sh.date
			text = l.e.expand(sh.segs, nil)
			if r.Float64() < editShare {
				text = lightEdit(r, l.names, text)
			}
		case u < corpPoolShare+nationalShare:
			pool := w.national[ti]
			sh := &pool[r.IntN(len(pool))]
			t, date = sh.t, sh.date
			text = l.e.expand(sh.segs, nil)
		default:
			t = drawTemplate(r, ti)
			text = houseText(l.house, l.e.expand(t.segs, nil))
			if t.kind == KindVague && r.Float64() < vagueTailShare {
				text = vagueTail(r, l.names, text)
			}
			date = l.e.date
		}
		if !l.used[text] && (try >= 8 || !l.usedT[t]) {
			break
		}
	}
	l.used[text], l.usedT[t] = true, true
	it := Item{Text: text, Kind: t.kind, Vague: t.kind == KindVague}
	it.Owner = l.owner(t.owner)
	it.Planning, it.PlanningDate = l.planning(t.kind, date)
	it.Status = l.status()
	if l.layout == LayoutKolom && r.Float64() < notesShare {
		l.e.date = time.Time{}
		it.Notes = l.e.expand(noteTemplates[r.IntN(len(noteTemplates))], nil)
	}
	return it
}

// noteTemplates are the parsed noteTexts.
var noteTemplates = func() [][]seg {
	out := make([][]seg, len(noteTexts))
	for i, s := range noteTexts {
		segs, err := parseSegs(s)
		if err != nil {
			panic("corpus: note " + s + ": " + err.Error())
		}
		out[i] = segs
	}
	return out
}()

// owner writes the owner code of a template the way this gemeente does.
func (l *local) owner(code string) string {
	n := l.names
	if l.r.IntN(40) == 0 {
		return ""
	}
	pick := func(v ...string) string { return v[l.ownerStyle%len(v)] }
	switch code {
	case "C":
		return pick(n.corp, "Corporatie", n.corp)
	case "G":
		return pick("Gemeente", "gemeente", "Gemeente "+n.gemeente)
	case "H":
		return pick("Huurdersorganisatie", n.hvo, "Huurdersorganisatie")
	case "A":
		return pick("Alle partijen", "Partijen", "alle partijen")
	case "GC":
		return pick("Gemeente en corporatie", "Gemeente en "+n.corp, "Gemeente, corporatie")
	case "CH":
		return pick("Corporatie en huurdersorganisatie", n.corp+" en "+n.hvo, "Corporatie en huurders")
	case "Z":
		return n.zorg
	case "GZ":
		return "Gemeente en " + n.zorg
	}
	return code
}

// planning draws the planning cell: a real date (often the text's own
// deadline), a planning word, or nothing.
func (l *local) planning(k Kind, deadline time.Time) (string, time.Time) {
	r := l.r
	if k == KindFramework {
		return []string{"doorlopend", "", "2025-2028"}[r.IntN(3)], time.Time{}
	}
	if !deadline.IsZero() && r.Float64() < 0.55 {
		return "", deadline
	}
	switch u := r.Float64(); {
	case u < 0.08:
		return "", time.Time{}
	case u < 0.18:
		d := deadlines[r.IntN(len(deadlines))]
		return "", time.Date(2025+r.IntN(3), time.Month(d[1]), d[0], 0, 0, 0, 0, time.UTC)
	case k == KindVague && u < 0.40:
		return "doorlopend", time.Time{}
	}
	return planningWords[r.IntN(len(planningWords))], time.Time{}
}

// status draws a status word from the gemeente's vocabulary.
func (l *local) status() string {
	r := l.r
	if r.IntN(12) == 0 {
		return ""
	}
	if l.colourWords {
		return colourStatus[r.IntN(len(colourStatus))]
	}
	return wordStatus[r.IntN(len(wordStatus))]
}

// houseStyle draws how a document names the parties at the start of a
// sentence: "De corporatie" or the corporation's name, "Partijen" or "Alle
// partijen", and so on. Texts the corporation proposes everywhere keep
// their own wording.
func houseStyle(r *rand.Rand, nm *names) [][2]string {
	pick := func(v ...string) string { return v[r.IntN(len(v))] }
	return [][2]string{
		{"De corporatie ", pick("De corporatie ", "De corporatie ", nm.corp+" ", nm.corp+" ", "De woningcorporatie ")},
		{"Partijen ", pick("Partijen ", "Partijen ", "Partijen ", "Alle partijen ", "De partijen ")},
		{"De gemeente ", pick("De gemeente ", "De gemeente ", "De gemeente ", "Gemeente "+nm.gemeente+" ")},
		{"De huurdersorganisatie ", pick("De huurdersorganisatie ", "De huurdersorganisatie ", nm.hvo+" ")},
	}
}

// houseText rewrites the opening words of text in the document's style.
func houseText(house [][2]string, text string) string {
	for _, h := range house {
		if rest, ok := strings.CutPrefix(text, h[0]); ok {
			return h[1] + rest
		}
	}
	return text
}

// vagueTails are the loose endings of vague texts; "{gemeente}" is filled
// in.
var vagueTails = []string{
	", waar mogelijk", " in {gemeente}", " in de komende jaren", " in de periode 2025-2028",
	" in 2025", " in 2026", ", samen met de huurdersorganisatie", " binnen de beschikbare middelen",
	", voor zover de middelen dat toelaten", " in de loop van deze afspraken",
}

// vagueTail adds a vague ending to text, before its full stop.
func vagueTail(r *rand.Rand, nm *names, text string) string {
	tail := strings.Replace(vagueTails[r.IntN(len(vagueTails))], "{gemeente}", nm.gemeente, 1)
	if strings.Contains(text, strings.TrimLeft(tail, ", ")) {
		return text
	}
	return strings.TrimSuffix(text, ".") + tail + "."
}
