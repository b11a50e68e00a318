// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

import { pairs } from './pairs.js';

/** Currency signs and codes to ISO 4217. */
export const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₩', 'KRW'], ['₽', 'RUB'],
  ['₺', 'TRY'], ['₦', 'NGN'], ['r$', 'BRL'], ['a$', 'AUD'], ['c$', 'CAD'], ['nz$', 'NZD'], ['hk$', 'HKD'], ['s$', 'SGD'],
  ['₱', 'PHP'], ['gh₵', 'GHS'], ['gh¢', 'GHS'], ['₵', 'GHS'], ['s/', 'PEN'],
  ['tt$', 'TTD'], ['j$', 'JMD'], ['ec$', 'XCD'], ['bds$', 'BBD'], ['nt$', 'TWD'],
  // ISO codes, each standing for itself in capitals.
  // (not TRY, RON, COP, PEN: codes are read in any case, and those are English words and names)
  ...('aed kes php pkr sgd hkd nzd mxn ngn usd eur gbp jpy chf cny inr aud cad rub brl zar sek nok dkk pln czk huf sar qar kwd egp ils thb idr myr krw twd vnd bdt lkr ghs uah ars clp' +
    ' iqd jod kwd bhd omr dzd tnd lyd rsd etb kzt mmk khr zmw gtq hnl xof ttd jmd xcd bbd')
    .split(' ')
    .map((code): [string, string] => [code, code.toUpperCase()]),
]);

/**
 * Letter symbols glued to the number ("R1.2bn", "Sh320 million", "Dh850,000", Nigerian papers'
 * "N85bn", the Financial Times's "SFr4.1bn", "DKr61bn"), to ISO 4217. Read case-sensitively: alone, "R", "P" and "N" are only letters. Symbols of
 * two letters or more may stand a space before the number ("Rp 3.1 trillion", "RM 450 million").
 */
export const LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map(pairs('Tk=BDT|KSh=KES|Ksh=KES|Sh=KES|Dh=AED|Dhs=AED|SR=SAR|QR=QAR|RM=MYR|Rp=IDR|SFr=CHF|DKr=DKK|SKr=SEK|NKr=NOK|Rmb=CNY|R=ZAR|P=PHP|N=NGN'));

/** Currency words written after the amount ("1.2 million euros"), to ISO 4217. */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map(pairs(
  'dollars=USD|dollar=USD|euros=EUR|euro=EUR|pounds=GBP|pound=GBP|' +
  'sterling=GBP|yen=JPY|yuan=CNY|renminbi=CNY|rupees=INR|rupee=INR|' +
  'francs=CHF|franc=CHF|rubles=RUB|roubles=RUB|ruble=RUB|rouble=RUB|' +
  'pesos=MXN|bolivars=VES|reais=BRL|rand=ZAR|lira=TRY|naira=NGN|' +
  'won=KRW|krona=SEK|kronor=SEK|kroner=NOK|shekels=ILS|dirhams=AED|riyals=SAR|' +
  'złoty=PLN|zloty=PLN|zlotys=PLN|shillings=KES|ringgit=MYR|rupiah=IDR|' +
  'baht=THB|forint=HUF|koruna=CZK|hryvnias=UAH|hryvnia=UAH|cedis=GHS|cfa francs=XOF|cfa franc=XOF|' +
  'swiss francs=CHF|swiss franc=CHF|soles=PEN|nuevos soles=PEN|dong=VND|taka=BDT|birr=ETB|tenge=KZT|' +
  'kyat=MMK|riel=KHR|lari=GEL|kwacha=ZMW|quetzales=GTQ|lempiras=HNL|colones=CRC|bolivianos=BOB|' +
  'iraqi dinars=IQD|jordanian dinars=JOD|kuwaiti dinars=KWD|bahraini dinars=BHD|' +
  'algerian dinars=DZD|tunisian dinars=TND|libyan dinars=LYD|serbian dinars=RSD|' +
  // with the country's adjective: "248 million U.S. dollars", "3.5 billion Kenyan shillings"
  'u.s. dollars=USD|us dollars=USD|canadian dollars=CAD|australian dollars=AUD|new zealand dollars=NZD|' +
  'hong kong dollars=HKD|singapore dollars=SGD|mexican pesos=MXN|philippine pesos=PHP|chilean pesos=CLP|' +
  'argentine pesos=ARS|colombian pesos=COP|kenyan shillings=KES|ugandan shillings=UGX|' +
  'tanzanian shillings=TZS|indian rupees=INR|pakistani rupees=PKR|south african rand=ZAR'
));

/** Scale words and abbreviations after a number. */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['billion', 1e9], ['bn', 1e9],
  ['b', 1e9], ['bln', 1e9], ['trillion', 1e12], ['tn', 1e12], ['trn', 1e12], ['lakh', 1e5], ['crore', 1e7],
]);

/** Units that make a number a quantity: "100,000 barrels", "12 tonnes", "40 km". */
export const QUANTITY_UNITS: readonly string[] = (
  'barrels|barrel|tonnes|tonne|tons|ton|kilograms|kilogram|kg|grams|pounds of|litres|' +
  'liters|gallons|cubic metres|cubic meters|kilometres|kilometers|km|miles|mile|metres|' +
  'meters|feet|foot|inches|acres|hectares|square miles|square kilometres|square kilometers|' +
  'megawatts|mw|gigawatts|gw|kilowatts|kwh|degrees|people|residents|workers|employees|' +
  'jobs|homes|houses|buildings|structures|vehicles|cars|passengers|flights|students|' +
  'patients|cases|deaths|votes|seats|troops|soldiers|refugees|members|fans|spectators|' +
  'visitors|years|months|weeks|days|hours|minutes|doses|units|shares|points|goals'
).split('|');
