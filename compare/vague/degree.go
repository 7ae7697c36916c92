package vague

// A degree or a growth with no measure (round 17, kind 33): "investeert
// de komende jaren fors in de kwaliteit van haar woningen door deze te
// verduurzamen", "wordt de komende jaren op bescheiden schaal nog
// gesloopt", "zorgen ervoor dat de woningvoorraad … toeneemt door
// nieuwbouw". How much is the commitment; a degree word says only that
// it is much, little or more. The rule vage-graad (rules.toml) knew
// "sneller", "vaker", "versneld" and "nagenoeg"; it now also holds the
// degree adverbs that vage-hoeveelheid had (fors, flink, gematigd, which a
// means cancelled there), "op bescheiden/beperkte/kleine/grote schaal"
// and growth (toenemen, groeien, "neemt … toe"). Only a number cancels
// it. A means names how the work is done, not how much of it: so a live
// degree also governs an effort that a means cancelled (governedByLive),
// where before only talk, effort and hedges did. A degree that a means
// could cancel (vage-hoeveelheid: "extra inzet door een wooncoach") is
// left as it was. Round 16 counted this shape and found two errors of it;
// growth brought the third. "omlaag" was tried and left out: "doen in
// 2018 een proef waarbij ze de woonlasten omlaag brengen" is labelled
// concrete by its dated pilot, which the degree would have voided.

// degreeGoverns reports whether region o is a degree that only a number
// cancels, live, so that it governs the effort a means cancelled.
func (c *Classifier) degreeGoverns(sc *scratch, o *region) bool {
	return !o.cancelled && o.effect == effWeak && !c.cancelsBy(sc.hits[o.hit].rule, cancelMeans)
}
