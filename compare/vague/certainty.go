package vague

// OnlyMissing reports a vague verdict that rests only on what is missing:
// no vague word or phrase flagged it, only the fallback
// geen-toetsbaar-resultaat ("geen toetsbaar resultaat: geen termijn, …").
// On real text the classifier was not tuned on, such a verdict is right
// about 6 times in 10 (144 of 231 over the held-out, blind and December
// sets), a verdict with a vague word behind it about 9 in 10 (525 of 597;
// doc.go, "New text, eighth session"), so a UI marks it as less certain and an adviser
// checks it first.
func (r *Result) OnlyMissing() bool {
	if !r.Vague {
		return false
	}
	missing := false
	for i := range r.Flags {
		f := &r.Flags[i]
		if f.Info {
			continue
		}
		if f.Category != CategoryGeenResultaat {
			return false
		}
		missing = true
	}
	return missing
}
