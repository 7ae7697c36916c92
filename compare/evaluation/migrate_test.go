package evaluation

import (
	"os"
	"strings"
	"testing"
	"time"
)

// The ids of the move in these tests: before ids held the year, and now.
const oldID, newID = "uithoorn:1.2", "uithoorn:2025:1.2"

// A moved entry is saved under its new id with the next save; until then
// the file keeps it under the old one, so nothing is lost by quitting.
func TestMigrateSavedWithNextSave(t *testing.T) {
	a, _ := openTwo(t)
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	a.now = c.now
	if _, err := a.Update(oldID, Snapshot{Gemeente: "Uithoorn", Number: "1.2"}, func(e *Entry) { e.Verdict, e.Note = Vaag, "navragen" }); err != nil {
		t.Fatal(err)
	}
	if n := a.Migrate(map[string]string{oldID: newID, "uithoorn:7.7": "uithoorn:2025:7.7"}); n != 1 {
		t.Fatalf("moved %d, want 1", n)
	}
	if e := a.Get(newID); e.Verdict != Vaag || e.Note != "navragen" || e.ID != newID || e.Number != "1.2" {
		t.Errorf("moved entry %+v", e)
	}
	if e := a.Get(oldID); !e.empty() || strings.Join(a.IDs(), ",") != newID {
		t.Errorf("old id still has %+v; ids %v", e, a.IDs())
	}
	if data, _ := os.ReadFile(a.Path()); !strings.Contains(string(data), `"id":"`+oldID+`"`) || strings.Contains(string(data), newID) {
		t.Errorf("the file changed before a save:\n%s", data)
	}
	note(t, a, "uithoorn:2025:3.1", "een andere wijziging") // the next save
	r := reopen(t, a)
	if e := r.Get(newID); e.Verdict != Vaag || e.Note != "navragen" {
		t.Errorf("after the save the file holds %+v under %s", e, newID)
	}
	if r.Len() != 2 || !r.Get(oldID).empty() {
		t.Errorf("after the save: %d entries, old id %+v", r.Len(), r.Get(oldID))
	}
}

// Another adviser's store, still holding the entry under its old id (an
// older pakompas, or opened before the move), cannot bring it back by
// saving; a change she makes to it after the move is not lost either: it
// wins the merge and is moved at the next load.
func TestMigrateWithTwoAdvisers(t *testing.T) {
	a, b := openTwo(t)
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	a.now, b.now = c.now, c.now
	note(t, a, oldID, "eerste notitie")
	if _, err := b.Reload(); err != nil {
		t.Fatal(err)
	}
	a.Migrate(map[string]string{oldID: newID})
	note(t, a, "aalsmeer:2025-2027:1.1", "a bewaart")
	note(t, b, "landsmeer:1.1", "b bewaart") // b merges a's file: the move holds
	if e := b.Get(oldID); !e.empty() || b.Get(newID).Note != "eerste notitie" {
		t.Errorf("b after merging the move: old %+v, new %+v", e, b.Get(newID))
	}

	// b changes the entry under its old id after the move (an older
	// pakompas): the later change is kept, and the next load moves it.
	a2, b2 := openTwoAt(t, a.Path())
	a2.now, b2.now = c.now, c.now
	note(t, b2, oldID, "latere notitie")
	r := reopen(t, a2)
	if r.Get(oldID).Note != "latere notitie" {
		t.Fatalf("the later change under the old id was lost: %+v", r.Get(oldID))
	}
	if n := r.Migrate(map[string]string{oldID: newID}); n != 1 || r.Get(newID).Note != "latere notitie" {
		t.Errorf("moved %d; new id holds %+v", n, r.Get(newID))
	}
}

// When the work under the new id is later than the old entry, the old
// entry stays where it is (an orphan), never dropped.
func TestMigrateLaterWorkUnderNewIDWins(t *testing.T) {
	a, _ := openTwo(t)
	c := &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	a.now = c.now
	note(t, a, oldID, "oud")
	note(t, a, newID, "nieuw")
	if n := a.Migrate(map[string]string{oldID: newID}); n != 0 {
		t.Errorf("moved %d, want 0", n)
	}
	if a.Get(oldID).Note != "oud" || a.Get(newID).Note != "nieuw" {
		t.Errorf("old %+v new %+v", a.Get(oldID), a.Get(newID))
	}
}
