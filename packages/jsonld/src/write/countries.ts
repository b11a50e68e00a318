// Names that denote a sovereign state (or a widely recognised country such as Kosovo, Taiwan,
// Palestine, or the UK's constituent countries), with common short forms. A place entity whose name
// is on this list is written as a schema.org `Country`; every other place stays a plain `Place`.
// "Georgia" is left out on purpose: in US copy it is far more often the state than the country.
const COUNTRY_NAMES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Antigua and Barbuda|Argentina|Armenia|Australia|' +
  'Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|' +
  'Bolivia|Bosnia and Herzegovina|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|' +
  'Cabo Verde|Cape Verde|Cambodia|Cameroon|Canada|Central African Republic|Chad|Chile|China|' +
  "Colombia|Comoros|Congo|Democratic Republic of the Congo|DR Congo|DRC|Republic of the Congo|Costa Rica|Côte d'Ivoire|" +
  'Ivory Coast|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|' +
  'Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Swaziland|' +
  'Ethiopia|Fiji|Finland|France|Gabon|Gambia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|' +
  'Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|' +
  'Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|' +
  'Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|' +
  'Maldives|Mali|Malta|Marshall Islands|Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|' +
  'Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|' +
  'New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|' +
  'Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|' +
  'Russia|Russian Federation|Rwanda|Saint Kitts and Nevis|Saint Lucia|Saint Vincent and the Grenadines|' +
  'Samoa|San Marino|São Tomé and Príncipe|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|' +
  'Singapore|Slovakia|Slovenia|Solomon Islands|Somalia|South Africa|South Korea|South Sudan|Spain|' +
  'Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|' +
  'Timor-Leste|East Timor|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Türkiye|Turkmenistan|' +
  'Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|Britain|Great Britain|' +
  'England|Scotland|Wales|United States|United States of America|US|USA|Uruguay|Uzbekistan|' +
  'Vanuatu|Vatican City|Holy See|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe';

/** Folds a place name for comparison: case, accents, dots ("U.S."), curly apostrophes, "the". */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

let folded: Set<string> | undefined;

/** True when `name` (in any case, with or without dots or a leading "the") names a country. */
export function isCountryName(name: string): boolean {
  folded ??= new Set(COUNTRY_NAMES.split('|').map(foldPlaceName));
  return folded.has(foldPlaceName(name));
}
