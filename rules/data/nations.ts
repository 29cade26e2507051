/**
 * Countries and their adjectives as English news writes them before a title ("South Korean
 * President", "Taiwan's Vice President", "U.N. Secretary-General"): a capitalised word there
 * names a state, where any other names an organisation whose office it is ("Korea University
 * President", "LG Chem President"). Lower case; the usual English short names of the member
 * states of the United Nations and a few other territories, with their demonyms.
 */
export const NATIONS: readonly string[] = (
  "afghan afghanistan african albania albanian algeria algerian america american angola angolan arab argentina argentine " +
  "argentinian armenia armenian australia australian austria austrian azerbaijan azerbaijani bahrain bahraini bangladesh " +
  "bangladeshi belarus belarusian belgian belgium bolivia bolivian bosnia bosnian brazil brazilian britain british bulgaria " +
  "bulgarian burma burmese cambodia cambodian cameroon cameroonian canada canadian chile chilean china chinese colombia " +
  "colombian congo congolese croatia croatian cuba cuban cyprus cypriot czech denmark danish dutch ecuador ecuadorian egypt " +
  "egyptian emirati england english eritrea eritrean estonia estonian ethiopia ethiopian europe european filipino finland " +
  "finnish france french georgia georgian german germany ghana ghanaian greece greek guatemala guatemalan haiti haitian " +
  "honduran honduras hong hungarian hungary iceland icelandic india indian indonesia indonesian iran iranian iraq iraqi " +
  "ireland irish israel israeli italian italy ivorian jamaica jamaican japan japanese jordan jordanian kazakh kazakhstan " +
  "kenya kenyan korea korean kosovo kosovar kuwait kuwaiti kyrgyz kyrgyzstan lao laos latvia latvian lebanese lebanon " +
  "liberia liberian libya libyan lithuania lithuanian malaysia malaysian mali malian malta maltese mexican mexico moldova " +
  "moldovan mongolia mongolian montenegrin montenegro moroccan morocco mozambican mozambique myanmar namibia namibian nepal " +
  "nepalese netherlands nicaragua nicaraguan niger nigeria nigerian nigerien north norway norwegian oman omani pakistan " +
  "pakistani palestine palestinian panama panamanian paraguay paraguayan peru peruvian philippine philippines poland polish " +
  "portugal portuguese qatar qatari romania romanian russia russian rwanda rwandan salvadoran saudi scotland scottish senegal " +
  "senegalese serbia serbian singapore singaporean slovak slovakia slovenia slovenian somali somalia south soviet spain " +
  "spanish sri sudan sudanese sweden swedish swiss switzerland syria syrian taiwan taiwanese tajik tajikistan tanzania " +
  "tanzanian thai thailand tunisia tunisian turkey turkish turkmen uganda ugandan uk ukraine ukrainian uruguay uruguayan us " +
  "usa uzbek uzbekistan venezuela venezuelan vietnam vietnamese wales welsh west yemen yemeni zambia zambian zimbabwe zimbabwean"
).split(" ");
