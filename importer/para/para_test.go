package para

import "testing"

func TestNumberFormats(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{Roman(1), "I"}, {Roman(4), "IV"}, {Roman(14), "XIV"}, {Roman(1994), "MCMXCIV"}, {Roman(3999), "MMMCMXCIX"},
		{Roman(0), "0"}, {Roman(4000), "4000"}, {Roman(-2), "-2"},
		{RepeatedLetters(1, 'a'), "a"}, {RepeatedLetters(26, 'a'), "z"}, {RepeatedLetters(27, 'a'), "aa"},
		{RepeatedLetters(28, 'A'), "BB"}, {RepeatedLetters(260, 'a'), "zzzzzzzzzz"}, {RepeatedLetters(261, 'a'), "261"},
		{RepeatedLetters(0, 'a'), "0"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
