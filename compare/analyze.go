package compare

import (
	"fmt"
	"sort"

	"pakompas/compare/align"
	"pakompas/compare/regular"
	"pakompas/compare/role"
	"pakompas/compare/status"
	"pakompas/compare/theme"
	"pakompas/compare/vague"
	"pakompas/compare/verloop"
	"pakompas/importer/model"
	"pakompas/importer/norm"
	"pakompas/importer/parallel"
)

// Analysis is the comparison of one import: every agreement with its
// derived facts (in import order), the alignment groups and gaps, and the
// theme × gemeente matrix. It is computed once per import; screens and the
// workbook only read it.
type Analysis struct {
	Report     *model.Report
	Agreements []Agreement
	// Taxonomy is the national taxonomy in force (default or configured).
	Taxonomy theme.Taxonomy
	// Gemeenten are the distinct gemeenten, sorted by name.
	Gemeenten []string
	// Groups are the alignment groups (agreements in ≥ 2 gemeenten); Gaps
	// say per group which gemeenten lack it.
	Groups []align.Group
	Gaps   []align.Gap
	// Matrix summarises per theme and gemeente (automatic verdicts).
	Matrix Matrix
	// Rules are the flag rules in force (for the workbook's explanation).
	Rules []vague.Rule
	// Thresholds are the kompas thresholds of the engine's config
	// ([kompas] in pakompas.toml, else the defaults), so every view of
	// this analysis judges the gemeenten alike (package kompas).
	Thresholds Thresholds
	// Verloop counts the states per gemeente with more than one version
	// (year) loaded, in the order of Gemeenten; nil when every gemeente
	// has one (see VerloopOf and package compare/verloop).
	Verloop []verloop.Summary

	byID map[string]int
	// superseded marks the agreements of a gemeente's earlier versions
	// (see Superseded); nil when no gemeente has more than one.
	superseded []bool
}

// Overrides are the adviser's theme moves: an agreement (by id) or a local
// theme name moved to another national theme.
type Overrides = theme.Overrides

// Engine holds the compiled rules of one configuration; it is safe for
// concurrent use and cheap to reuse across imports.
type Engine struct {
	taxonomy   theme.Taxonomy
	classifier *vague.Classifier
	regular    *regular.Classifier
	// corporations are the configured extra corporation names; alignment
	// reads them as "de corporatie".
	corporations []string
	thresholds   Thresholds
}

// NewEngine compiles a configuration. Its errors name the bad entry.
func NewEngine(cfg Config) (*Engine, error) {
	tax, err := cfg.Themes.Apply(theme.Default())
	if err != nil {
		return nil, err
	}
	rules, err := cfg.Rules.Apply(vague.DefaultRules())
	if err != nil {
		return nil, err
	}
	cls, err := vague.New(rules)
	if err != nil {
		return nil, err
	}
	th, err := cfg.Thresholds()
	if err != nil {
		return nil, err
	}
	return &Engine{taxonomy: tax, classifier: cls, regular: regular.Default(), corporations: cfg.Corporations, thresholds: th}, nil
}

// Analyze derives everything from an import report. The adviser's theme
// overrides are applied; nothing in rep is changed.
func (e *Engine) Analyze(rep *model.Report, ov Overrides) *Analysis {
	ov = migrateOverrides(rep.Agreements, ov) // moves saved before ids held the year
	placer := theme.NewPlacer(e.taxonomy)
	// Corporation names written out in full somewhere in this import
	// ("Woonstichting Amstelland") teach the resolver their short forms.
	// Each distinct trekker once (in order of first appearance, so the
	// names found are the same): a few hundred nationally, not 51,300.
	var owners []string
	seenOwner := map[string]bool{}
	for _, a := range rep.Agreements {
		if !seenOwner[a.Owner] {
			seenOwner[a.Owner] = true
			owners = append(owners, a.Owner)
		}
	}
	corps := append(append([]string(nil), e.corporations...), role.DiscoverCorporations(owners)...)
	roles := role.NewResolver(corps)
	an := &Analysis{
		Report:     rep,
		Agreements: make([]Agreement, len(rep.Agreements)),
		Taxonomy:   e.taxonomy,
		Rules:      e.classifier.Rules(),
		Thresholds: e.thresholds,
		byID:       make(map[string]int, len(rep.Agreements)),
	}
	// Each distinct agreement is derived once; its twins get a copy with
	// their own imported fields (deriveTwins).
	twin := deriveTwins(rep.Agreements, ov.ByID)
	parallel.For(len(rep.Agreements), 512, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if twin[i] == i {
				an.Agreements[i] = e.derive(placer, roles, rep.Agreements[i], ov)
			}
		}
	})
	parallel.For(len(rep.Agreements), 2048, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if j := twin[i]; j != i {
				d := an.Agreements[j] // derived above: j < i is its own twin
				d.Agreement = rep.Agreements[i]
				d.StatusNorm = status.Normalise(d.Status)
				an.Agreements[i] = d
			}
		}
	})
	seen := map[string]bool{}
	for i, a := range an.Agreements {
		an.byID[a.ID] = i
		if !seen[a.Gemeente] {
			seen[a.Gemeente] = true
			an.Gemeenten = append(an.Gemeenten, a.Gemeente)
		}
	}
	sort.Slice(an.Gemeenten, func(i, j int) bool {
		return norm.Fold(an.Gemeenten[i]) < norm.Fold(an.Gemeenten[j])
	})
	an.markSuperseded()
	an.align(corps)
	an.matchYears(corps)
	an.Matrix = BuildMatrix(an, nil)
	return an
}

// derive computes one agreement's facts. A panic while doing so (a bug
// that some hostile text found) costs this agreement its automatic
// judgement, not the analysis: see underived.
func (e *Engine) derive(placer *theme.Placer, roles *role.Resolver, a model.Agreement, ov Overrides) (out Agreement) {
	defer func() {
		if p := recover(); p != nil {
			out = e.underived(a, p)
		}
	}()
	out = Agreement{Agreement: a}
	p := placer.PlaceWith(ov, a.ID, a.ThemeRaw, a.Text)
	if !e.taxonomy.Has(p.Key) {
		// A move saved under a taxonomy that has since changed: the
		// theme no longer exists, so the agreement is placed as usual.
		p = placer.Place(a.ThemeRaw, a.Text)
	}
	out.Theme, out.ThemeLabel, out.ThemeVia = p.Key, p.Label, p.Via
	if p.Via == theme.ViaAdviser {
		out.ThemeAuto = placer.Place(a.ThemeRaw, a.Text).Key
	}
	if p.Via == theme.ViaText {
		out.ThemeWords, out.ThemeUnsure, out.ThemeSecond = p.Matched, p.Unsure(), p.Second
	}
	r := e.classifier.Classify(vague.Input{Text: a.Text, Owner: a.Owner, Due: a.Due, DueRaw: a.DueRaw, KindRaw: a.KindRaw})
	out.Vague = r.Vague
	out.Flags = flagsOf(r.Flags)
	out.LessCertain = r.OnlyMissing()
	out.Smart = Smart{Who: r.Smart.Who, What: r.Smart.What, HowMuch: r.Smart.HowMuch, When: r.Smart.When}
	out.Type = string(r.Type)
	out.setRegular(e.regular.Classify(a.Text))
	out.OwnerRole, out.RoleWhy = roles.Resolve(a.Owner, a.Text)
	out.StatusNorm = status.Normalise(a.Status)
	return out
}

// RuleFailed names the Info flag of an agreement that pakompas could not
// judge because its analysis failed (underived).
const RuleFailed = "niet-beoordeeld"

// underived is agreement a as imported, after its analysis panicked with
// p: in overig, not vague, with an Info flag that says so and asks the
// adviser to judge it herself.
func (e *Engine) underived(a model.Agreement, p any) Agreement {
	return Agreement{
		Agreement:  a,
		Theme:      theme.KeyOverig,
		ThemeLabel: e.taxonomy.Label(theme.KeyOverig),
		ThemeVia:   theme.ViaNone,
		StatusNorm: status.Normalise(a.Status),
		Flags: []Flag{{Rule: RuleFailed, Category: vague.CategoryLimit, Info: true,
			Message: fmt.Sprintf("pakompas kon deze afspraak niet automatisch beoordelen (interne fout: %v); beoordeel haar zelf", p)}},
	}
}

// align groups the same agreement across gemeenten and records the gaps.
func (an *Analysis) align(corporations []string) {
	// Only the gemeenten's current versions: an earlier jaarschijf is
	// followed over the years (matchYears), not lined up beside the others.
	superseded := an.Superseded()
	idx := make([]int, 0, len(an.Agreements))
	for i := range an.Agreements {
		if !superseded(i) {
			idx = append(idx, i)
		}
	}
	items := make([]align.Item, len(idx))
	parallel.For(len(items), 512, func(lo, hi int) {
		for k := lo; k < hi; k++ {
			a := &an.Agreements[idx[k]]
			// An explanation after the agreement ("Toelichting: …") keeps
			// it apart from the same agreement elsewhere: align on the rest.
			items[k] = align.Item{ID: a.ID, Gemeente: a.Gemeente, Theme: a.Theme, Text: a.Text[:vague.ExplanationStart(a.Text)]}
		}
	})
	an.Groups = align.GroupItems(items, align.Options{Corporations: corporations})
	for gi := range an.Groups {
		g := &an.Groups[gi]
		for k, m := range g.Members { // item indexes → agreement indexes
			g.Members[k] = idx[m]
			an.Agreements[idx[m]].Group = g.ID
		}
		if g.Rep >= 0 {
			g.Rep = idx[g.Rep]
		}
	}
	an.Gaps = align.Gaps(an.Groups, an.Gemeenten)
}

// Index returns the position of the agreement with the given id.
func (an *Analysis) Index(id string) (int, bool) {
	i, ok := an.byID[id]
	return i, ok
}
