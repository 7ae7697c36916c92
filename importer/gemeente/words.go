package gemeente

// commonWords are gemeente names (folded) that are also ordinary words, or
// so short that they are often something else: "best", "buren" (neighbours),
// "putten" (to draw), "huizen" (houses), "houten" (wooden), "leiden" (to
// lead), "delft" (digs), "assen" (axles), "losser" (looser), "weert" (wards
// off), "voorst" (foremost), "hulst" (holly), "goes", "borne" and "grave"
// (English), "leek" (seemed), "haren" (hair), "schinnen" (dandruff), and
// the three-letter names. In free text such a name needs more evidence than
// a capital (see FindInText); in a file name it must stand apart from other
// words (see FromFileName).
var commonWords = map[string]bool{
	"assen": true, "beek": true, "bergen": true, "best": true, "borne": true,
	"buren": true, "delft": true, "duiven": true, "ede": true, "epe": true,
	"goes": true, "grave": true, "haren": true, "hoorn": true, "houten": true,
	"huizen": true, "hulst": true, "kampen": true, "laren": true,
	"leek": true, "leiden": true, "losser": true, "oss": true,
	"putten": true, "schinnen": true, "sluis": true, "stein": true,
	"urk": true, "voorst": true, "weert": true, "wierden": true,
}

// gemeenteWords are folded words that announce a gemeente name: after them
// a name that is also a common word still counts.
var gemeenteWords = map[string]bool{"gemeente": true, "gem": true}

// leadingParticles may open a name in lower case ("'s-Gravenhage", "het
// Bildt", "de Bilt"); the capital rule of FindInText looks past them.
var leadingParticles = map[string]bool{"s": true, "t": true, "de": true, "den": true, "het": true}

// surnameParticles before a name suggest a surname ("Van Houten", "Jan van
// Buren"), not a place.
var surnameParticles = map[string]bool{"van": true, "vd": true, "der": true, "den": true, "ter": true, "ten": true}

// determiners before a common-word name make it a common word ("De Buren",
// "Goede Buren", "Het Beste").
var determiners = map[string]bool{
	"de": true, "het": true, "een": true, "the": true, "a": true,
	"onze": true, "ons": true, "uw": true, "hun": true, "mijn": true,
	"deze": true, "die": true, "dit": true, "dat": true, "zijn": true,
	"goede": true, "beste": true, "nieuwe": true, "oude": true,
}

// englishAfter are words that turn a common-word name into an English
// phrase ("Best Practices", "Best of").
var englishAfter = map[string]bool{
	"practice": true, "practices": true, "of": true, "case": true, "regards": true,
}

// fileMarkers are file-name words that may stand beside a common-word name
// without making it a common word: they say what the file is, not what it
// is about.
var fileMarkers = map[string]bool{
	"gemeente": true, "gem": true, "pa": true,
	"prestatieafspraken": true, "prestatieafspraak": true,
	"jaarschijf": true, "jaarschijven": true,
	"concept": true, "definitief": true, "def": true, "versie": true, "v": true,
}
