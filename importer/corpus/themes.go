package corpus

// Themes are the national theme keys in their usual document order.
var Themes = []string{
	"betaalbaarheid", "beschikbaarheid", "duurzaamheid", "wonen-zorg",
	"leefbaarheid", "doelgroepen", "kwaliteit", "samenwerking",
}

// themeVariants are the local names a gemeente may give each national
// theme, indexed like Themes.
var themeVariants = [][]string{
	{"Betaalbaarheid", "Huurbeleid", "Betaalbaar wonen", "Woonlasten", "Betaalbaarheid en huurbeleid"},
	{"Voldoende woningen", "Nieuwbouw", "Beschikbaarheid en nieuwbouw", "Woningbouw", "Beschikbaarheid", "Woningvoorraad en doorstroming"},
	{"Duurzaamheid", "Energietransitie", "Verduurzaming van het bezit", "Duurzaamheid en klimaatadaptatie"},
	{"Wonen en zorg", "Wonen, zorg en welzijn", "Langer thuis", "Wonen met zorg"},
	{"Leefbaarheid", "Prettig wonen in de wijk", "Leefbaarheid en veiligheid", "Wijkaanpak"},
	{"Bijzondere doelgroepen", "Huisvesting kwetsbare groepen", "Urgente doelgroepen", "Huisvesting bijzondere doelgroepen"},
	{"Kwaliteit en onderhoud", "Woningkwaliteit", "Onderhoud en woningkwaliteit", "Kwaliteit en dienstverlening"},
	{"Samenwerking", "Proces en monitoring", "Samenwerking en proces", "Procesafspraken", "Monitoring en evaluatie"},
}

// themeWeights set how many agreements each theme gets relative to the
// others, indexed like Themes.
var themeWeights = []int{14, 20, 17, 11, 12, 11, 8, 7}

// themeIndex returns the index of a national key in Themes, or -1.
func themeIndex(key string) int {
	for i, t := range Themes {
		if t == key {
			return i
		}
	}
	return -1
}
