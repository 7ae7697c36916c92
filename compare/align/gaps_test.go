package align

import (
	"reflect"
	"testing"
)

func TestGaps(t *testing.T) {
	groups := []Group{
		{ID: "g-1", Gemeenten: []string{"Aalsmeer", "Uithoorn"}},
		{ID: "g-2", Gemeenten: []string{"Aalsmeer", "Landsmeer", "Ouder-Amstel", "Uithoorn"}}, // everywhere: no gap
		{ID: "g-3", Gemeenten: []string{"Amstelveen", "Diemen"}},                              // none of ours: no gap
		{ID: "g-4", Gemeenten: []string{"Diemen", "Landsmeer"}},                               // one of ours
		{ID: "g-5", Gemeenten: []string{"Uithoorn"}},                                          // not a group across gemeenten
	}
	// The order given is kept; a name given twice counts once.
	given := []string{"Uithoorn", "Aalsmeer", "Landsmeer", "Ouder-Amstel", "Aalsmeer"}
	want := []Gap{
		{Group: 0, Has: []string{"Uithoorn", "Aalsmeer"}, Missing: []string{"Landsmeer", "Ouder-Amstel"}},
		{Group: 3, Has: []string{"Landsmeer"}, Missing: []string{"Uithoorn", "Aalsmeer", "Ouder-Amstel"}},
	}
	if got := Gaps(groups, given); !reflect.DeepEqual(got, want) {
		t.Errorf("Gaps =\n %+v\nwant\n %+v", got, want)
	}
	if got := Gaps(groups, nil); got != nil {
		t.Errorf("no gemeenten: %+v", got)
	}
	if got := Gaps(nil, given); got != nil {
		t.Errorf("no groups: %+v", got)
	}
}
