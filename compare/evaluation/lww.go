package evaluation

import "time"

// records is one kind of record in an evaluation (entries by id, theme
// moves by local name), kept so that two copies can be merged without
// losing either side's work: each record carries when it was last
// changed, and a removed record is remembered with when it was removed.
// Merging keeps, for every key, the latest of the two sides' records (a
// removal counts as a record), so merges give the same result in any
// order and merging twice changes nothing.
type records[V any] struct {
	live    map[string]V
	removed map[string]time.Time
	// at is when a live record was last changed.
	at func(V) time.Time
}

// newRecords returns empty records whose times at reads.
func newRecords[V any](at func(V) time.Time) records[V] {
	return records[V]{live: map[string]V{}, removed: map[string]time.Time{}, at: at}
}

// latest is when key's record (live or removed) was last changed; ok is
// false when there has never been one.
func (r records[V]) latest(key string) (t time.Time, ok bool) {
	if v, live := r.live[key]; live {
		return r.at(v), true
	}
	t, ok = r.removed[key]
	return t, ok
}

// set makes v key's record and reports whether key was not live before.
func (r records[V]) set(key string, v V) (added bool) {
	_, had := r.live[key]
	r.live[key] = v
	delete(r.removed, key)
	return !had
}

// remove removes key's live record, remembering when; it reports whether
// there was one (a key that never was live leaves nothing to remember).
func (r records[V]) remove(key string, at time.Time) (had bool) {
	if _, had = r.live[key]; had {
		delete(r.live, key)
		r.removed[key] = at
	}
	return had
}

// merge folds other into r: for every key the later of the two records
// wins; on a tie r's stays. It calls touched for each key whose live
// record changed, and reports whether any did.
func (r records[V]) merge(other records[V], touched func(key string)) (changed bool) {
	for k, v := range other.live {
		if t, ok := r.latest(k); ok && !other.at(v).After(t) {
			continue
		}
		r.set(k, v)
		touched(k)
		changed = true
	}
	for k, at := range other.removed {
		if t, ok := r.latest(k); ok && !at.After(t) {
			continue
		}
		if _, live := r.live[k]; live {
			touched(k)
			changed = true
		}
		delete(r.live, k)
		r.removed[k] = at
	}
	return changed
}
