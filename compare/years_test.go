package compare

import (
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"pakompas/compare/status"
	"pakompas/compare/verloop"
	"pakompas/importer"
	"pakompas/importer/corpus"
)

// Two years of one gemeente are matched; a gemeente with one year gets
// no change, and its JSON no "change".
func TestAnalyzeYears(t *testing.T) {
	ag := func(id, gem, year, no, text, st string) importer.Agreement {
		return importer.Agreement{ID: id, Gemeente: gem, Year: year, Number: no, Text: text, Status: st}
	}
	rep := &importer.Report{Agreements: []importer.Agreement{
		ag("u24:1", "Uithoorn", "2024", "1", "De corporatie levert ten minste 40 sociale huurwoningen op in 2024.", "loopt"),
		ag("u24:2", "Uithoorn", "2024", "2", "Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "afgerond"),
		ag("u24:3", "Uithoorn", "2024", "3", "De gemeente stelt een woonzorgvisie op.", "loopt"),
		ag("a25:1", "Aalsmeer", "2025", "1", "De corporatie levert 30 woningen op.", "loopt"),
		ag("u25:1", "Uithoorn", "2025", "1", "De corporatie levert minimaal 60 sociale huurwoningen op in 2025.", "loopt"),
		ag("u25:2", "Uithoorn", "2025", "2", "Partijen komen vier keer per jaar bijeen in een bestuurlijk overleg.", "loopt"),
		ag("u25:3", "Uithoorn", "2025", "3", "De corporatie plaatst zonnepanelen op 100 woningen.", ""),
	}}
	an := defaultEngine(t).Analyze(rep, Overrides{})
	get := func(id string) Agreement {
		i, _ := an.Index(id)
		return an.Agreements[i]
	}
	if a := get("u25:1"); a.Change != verloop.Gewijzigd || a.Previous != "u24:1" || a.CarriedYears != 1 ||
		a.PreviousStatus != status.OnTrack || !reflect.DeepEqual(a.Edits, []verloop.Edit{{Old: "ten minste 40", New: "minimaal 60"}, {Old: "2024", New: "2025"}}) {
		t.Errorf("u25:1 %+v", a)
	}
	if a := get("u24:1"); a.Change != verloop.None || a.Next != "u25:1" {
		t.Errorf("u24:1 change %q next %q", a.Change, a.Next)
	}
	if a := get("u25:2"); a.Change != verloop.Ongewijzigd || a.CarriedYears != 0 || a.PreviousStatus != status.Done {
		t.Errorf("u25:2 %q carried %d", a.Change, a.CarriedYears)
	}
	if get("u24:3").Change != verloop.Vervallen || get("u25:3").Change != verloop.Nieuw {
		t.Errorf("u24:3 %q, u25:3 %q", get("u24:3").Change, get("u25:3").Change)
	}
	want := []verloop.Summary{{Gemeente: "Uithoorn", Years: []string{"2024", "2025"}, Nieuw: 1, Ongewijzigd: 1, Gewijzigd: 1, Vervallen: 1, Doorgeschoven: 1}}
	if !reflect.DeepEqual(an.Verloop, want) {
		t.Errorf("verloop %+v", an.Verloop)
	}
	if _, ok := an.VerloopOf("Aalsmeer"); ok {
		t.Error("Aalsmeer has one year")
	}
	one, _ := json.Marshal(get("a25:1"))
	two, _ := json.Marshal(get("u25:1"))
	if strings.Contains(string(one), `"change"`) || !strings.Contains(string(two), `"change":"gewijzigd"`) ||
		!strings.Contains(string(two), `"previous":"u24:1"`) || !strings.Contains(string(one), `"carried_years":0`) {
		t.Errorf("JSON\n%s\n%s", one, two)
	}
}

// twoYearsReport is the national corpus and its next year (NextYear), as
// an import report with the years set.
var twoYearsReport = sync.OnceValue(func() *importer.Report {
	sets := corpus.Build(corpus.Options{})
	next, _ := corpus.NextYear(sets, 1)
	rep := &importer.Report{}
	for _, s := range append(sets, next...) {
		for i, it := range s.Items {
			rep.Agreements = append(rep.Agreements, importer.Agreement{
				ID: s.Gemeente.Name + ":" + s.Year + ":" + it.Number, Gemeente: s.Gemeente.Name, ThemeRaw: it.ThemeRaw, Number: it.Number,
				Text: it.Text, Owner: it.Owner, DueRaw: it.Planning, Status: it.Status, Notes: it.Notes, Year: s.Year,
				Source: importer.Source{File: s.FileName, Sheet: s.Sheet, Row: i + 5},
			})
		}
	}
	return rep
})

// BenchmarkAnalyzeTwoYears analyses two years of the national corpus
// (2 × 51,300 agreements) with the matching across years; compare with
// BenchmarkAnalyzeNational (one year).
func BenchmarkAnalyzeTwoYears(b *testing.B) {
	rep, e := twoYearsReport(), defaultEngine(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		an := e.Analyze(rep, Overrides{})
		if len(an.Verloop) != 342 {
			b.Fatalf("%d gemeenten with two years", len(an.Verloop))
		}
	}
}

// Analysis.Verloop follows the order of Gemeenten (folded, so "Ámstelveen"
// sorts as "amstelveen"), whatever the order of the files.
func TestVerloopInGemeentenOrder(t *testing.T) {
	var rep importer.Report
	for _, g := range []string{"Zaanstad", "Ámstelveen", "Breda", "Delft"} {
		for _, y := range []string{"2025", "2024"} {
			if g == "Delft" && y == "2024" {
				continue // one year: not in Verloop
			}
			rep.Agreements = append(rep.Agreements, importer.Agreement{ID: g + ":" + y + ":1", Gemeente: g, Year: y, Number: "1",
				Text: "De corporatie levert 40 sociale huurwoningen op."})
		}
	}
	an := defaultEngine(t).Analyze(&rep, Overrides{})
	if got := strings.Join(an.Gemeenten, ","); got != "Ámstelveen,Breda,Delft,Zaanstad" {
		t.Fatalf("gemeenten %s", got)
	}
	var got []string
	for _, s := range an.Verloop {
		got = append(got, s.Gemeente)
	}
	if strings.Join(got, ",") != "Ámstelveen,Breda,Zaanstad" {
		t.Errorf("verloop in order %v", got)
	}
}

// EndsCarried names each carried chain once, at its last carried version,
// as many per gemeente as Verloop's Doorgeschoven counts: on the demo and
// on a chain over three years never done (carried 1, then 2: named at
// 2026 only) beside one carried into 2025 and done there (named at 2025).
func TestEndsCarriedAsDoorgeschoven(t *testing.T) {
	ag := func(year, no, text, st string) importer.Agreement {
		return importer.Agreement{ID: "u:" + year + ":" + no, Gemeente: "Uithoorn", Year: year, Number: no, Text: text, Status: st}
	}
	rep := &importer.Report{}
	for _, y := range []string{"2024", "2025", "2026"} {
		done := ""
		if y == "2025" {
			done = "gereed"
		}
		rep.Agreements = append(rep.Agreements,
			ag(y, "1", "De gemeente stelt een woonzorgvisie op met de corporatie en de huurders.", "loopt"),
			ag(y, "2", "De corporatie plaatst zonnepanelen op de daken van honderd woningen in Zuid.", done))
	}
	for _, an := range []*Analysis{defaultEngine(t).Analyze(rep, Overrides{}), demoAnalysis(t, Config{})} {
		if len(an.Verloop) == 0 {
			t.Fatal("no gemeente with more years")
		}
		for _, s := range an.Verloop {
			var named []string
			for i, a := range an.Agreements {
				if a.Gemeente == s.Gemeente && an.EndsCarried(i) {
					named = append(named, a.ID)
				}
			}
			if len(named) != s.Doorgeschoven || s.Doorgeschoven == 0 {
				t.Errorf("%s: EndsCarried names %v, Doorgeschoven counts %d", s.Gemeente, named, s.Doorgeschoven)
			}
		}
	}
	an := defaultEngine(t).Analyze(rep, Overrides{})
	var named []string
	for i, a := range an.Agreements {
		if an.EndsCarried(i) {
			named = append(named, a.ID+"/"+strconv.Itoa(a.CarriedYears))
		}
	}
	if want := []string{"u:2025:2/1", "u:2026:1/2"}; !reflect.DeepEqual(named, want) {
		t.Errorf("named %v, want %v", named, want)
	}
}
